# ImGui widget tests: web/app widgets driven headlessly (an ImGui context without a renderer,
# input written into ImGuiIO frame by frame). Native only: the page itself is covered by the
# browser test. One Catch2 executable, loopscope_ui_tests; each tests/ui/*.cpp file becomes
# the ctest test ui/<file name>.
if(LOOPSCOPE_WEB)
  return()
endif()

file(GLOB LOOPSCOPE_UI_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.cpp")
add_executable(loopscope_ui_tests
  ${LOOPSCOPE_UI_TEST_SOURCES}
  "${CMAKE_CURRENT_SOURCE_DIR}/unit/main.cpp"
  "${LOOPSCOPE_SOURCE_DIR}/web/app/editor/editor_widget.cpp"
  "${LOOPSCOPE_SOURCE_DIR}/web/app/editor/editor_colors.cpp"
  "${LOOPSCOPE_SOURCE_DIR}/web/app/test_hooks.cpp"
  "${LOOPSCOPE_SOURCE_DIR}/web/app/touch.cpp")
target_include_directories(loopscope_ui_tests PRIVATE "${LOOPSCOPE_SOURCE_DIR}/web/app")
target_link_libraries(loopscope_ui_tests PRIVATE
  loopscope_ui_model loopscope_imgui loopscope_runtime loopscope::catch2)
target_compile_definitions(loopscope_ui_tests PRIVATE
  LOOPSCOPE_TEST_PROJECT_VERSION="${PROJECT_VERSION}"
  LOOPSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
loopscope_warnings(loopscope_ui_tests)
set_target_properties(loopscope_ui_tests PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")

foreach(_src IN LISTS LOOPSCOPE_UI_TEST_SOURCES)
  get_filename_component(_name "${_src}" NAME_WE)
  add_test(NAME ui/${_name}
           COMMAND $<TARGET_FILE:loopscope_ui_tests> "-#" "[#${_name}]" --warn NoTests
                   --use-colour no)
  set_tests_properties(ui/${_name} PROPERTIES LABELS ui)
  loopscope_test_properties(ui/${_name})
endforeach()

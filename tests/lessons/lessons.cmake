# Lesson tests (lessons/, see lessons/README.md). include()d from tests/CMakeLists.txt.
#
#   lessons/programs/<folder>  every program of a lesson (main.py, challenge starters,
#                     solutions) run by the `loopscope` CLI (natively, or the wasm CLI under node
#                     in the web build) gives the transcript CPython gives
#                     (tools/cpython_oracle.py), so a lesson behaves exactly as in real Python
#   lessons/bundle    tools/lessons_bundle.py packs lessons/ for the web build and the C++
#                     loader reads the same lessons back from it (loopscope_tests "[lessons_bundle]")
#
# The lesson model itself (loading, validation, grading every shipped check) is tested by
# tests/unit/lessons/*_test.cpp. `ctest -L lessons` selects all of them.

set(_lessons_python "${LOOPSCOPE_PYTHON}")
if(NOT _lessons_python)
  set(_lessons_python python3)
endif()
set(_lessons_tool "${CMAKE_CURRENT_LIST_DIR}/check_lessons.py")

# A command prefix as one shell-like string for the tool (quote words that hold spaces).
function(_lessons_prefix_string out_var)
  set(_words "")
  foreach(_word IN LISTS ARGN)
    if(_word MATCHES " ")
      list(APPEND _words "'${_word}'")
    else()
      list(APPEND _words "${_word}")
    endif()
  endforeach()
  list(JOIN _words " " _joined)
  set(${out_var} "${_joined}" PARENT_SCOPE)
endfunction()

_lessons_prefix_string(_lessons_cli ${LOOPSCOPE_RUN_CLI})
if(LOOPSCOPE_WEB)
  set(_lessons_timeout 60)
else()
  set(_lessons_timeout 20)
endif()
# One test per lesson folder (lessons/programs/<folder>), so they spread over ctest's jobs.
file(GLOB _lesson_dirs LIST_DIRECTORIES true CONFIGURE_DEPENDS "${LOOPSCOPE_SOURCE_DIR}/lessons/[0-9]*")
foreach(_dir IN LISTS _lesson_dirs)
  get_filename_component(_folder "${_dir}" NAME)
  add_test(NAME lessons/programs/${_folder}
           COMMAND ${_lessons_python} "${_lessons_tool}" programs --cli "${_lessons_cli}"
                   --timeout ${_lessons_timeout} "${_dir}")
  set_tests_properties(lessons/programs/${_folder} PROPERTIES LABELS lessons)
  loopscope_test_properties(lessons/programs/${_folder})
endforeach()

_lessons_prefix_string(_lessons_tests ${LOOPSCOPE_RUN_TESTS})
add_test(NAME lessons/bundle
         COMMAND ${_lessons_python} "${_lessons_tool}" bundle
                 --out "${LOOPSCOPE_BINARY_DIR}/lessons_bundle_test.json"
                 --tests "${_lessons_tests}" "${LOOPSCOPE_SOURCE_DIR}/lessons")
set_tests_properties(lessons/bundle PROPERTIES LABELS lessons)
loopscope_test_properties(lessons/bundle)

# The unit tests of the lesson model carry the `lessons` label too.
file(GLOB _lessons_unit CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/unit/lessons/*_test.cpp")
foreach(_src IN LISTS _lessons_unit)
  get_filename_component(_name "${_src}" NAME_WE)
  if(TEST unit/lessons/${_name})
    get_test_property(unit/lessons/${_name} LABELS _labels)
    list(APPEND _labels lessons)
    set_tests_properties(unit/lessons/${_name} PROPERTIES LABELS "${_labels}")
  endif()
endforeach()

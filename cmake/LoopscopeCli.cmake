# The `loopscope` command-line tool, built from tools/cli/*.cpp once that folder has sources
# (the glob is re-checked at build time, so adding main.cpp needs no manual reconfigure).
# Under the web build it becomes loopscope.js, run as `node --no-experimental-fetch loopscope.js`
# with the host file system (NODERAWFS) so it reads files like the native binary.

file(GLOB LOOPSCOPE_CLI_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tools/cli/*.cpp")
if(LOOPSCOPE_CLI_SOURCES)
  add_executable(loopscope ${LOOPSCOPE_CLI_SOURCES})
  target_link_libraries(loopscope PRIVATE loopscope_runtime)
  target_include_directories(loopscope PRIVATE "${PROJECT_SOURCE_DIR}/tools/cli")
  loopscope_warnings(loopscope)
  set_target_properties(loopscope PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")
  if(LOOPSCOPE_WEB)
    target_link_options(loopscope PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS})
  endif()
endif()

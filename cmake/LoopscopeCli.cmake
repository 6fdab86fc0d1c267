# The `loopscope` command-line tool (tools/cli). Under the web build it becomes loopscope.js, run
# as `node --no-experimental-fetch loopscope.js` with the host file system (NODERAWFS) so it
# reads files like the native binary.
add_executable(loopscope
  "${PROJECT_SOURCE_DIR}/tools/cli/main.cpp"
  "${PROJECT_SOURCE_DIR}/tools/cli/trace_command.cpp")
target_link_libraries(loopscope PRIVATE loopscope_runtime)
target_include_directories(loopscope PRIVATE "${PROJECT_SOURCE_DIR}/tools/cli")
loopscope_warnings(loopscope)
set_target_properties(loopscope PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")
if(LOOPSCOPE_WEB)
  target_link_options(loopscope PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS})
endif()

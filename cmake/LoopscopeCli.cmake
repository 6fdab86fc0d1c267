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
  # 128 MB of memory from the start (the default is 16 MB): the benchmarks' larger programs grew
  # the heap a step at a time (dicts, many_tasks ~4% less CPU under node); pages never touched
  # are not resident (+3 MB peak RSS for a tiny program).
  target_link_options(loopscope PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS}
                      -sINITIAL_MEMORY=134217728)
endif()

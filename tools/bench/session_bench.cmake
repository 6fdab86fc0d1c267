# session_bench: the time-travel benchmark of issue 5 (tools/bench/session_bench.cpp). Included
# from the top-level CMakeLists.txt after the runtime; built in both builds:
#   cmake --build build/native --target session_bench && build/native/session_bench
#   cmake --build build/web --target session_bench && \
#       node --no-experimental-fetch build/web/session_bench.js
add_executable(session_bench "${CMAKE_CURRENT_LIST_DIR}/session_bench.cpp")
target_link_libraries(session_bench PRIVATE loopscope_runtime)
loopscope_warnings(session_bench)
set_target_properties(session_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")
if(LOOPSCOPE_WEB)
  target_link_options(session_bench PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS})
endif()

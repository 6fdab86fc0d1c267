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

# The runtime's embedded Python compiled at build time (tools/pycache, stdlib/compiled_python.h):
# the CLI reads asyncio's code objects instead of parsing and compiling its 70 KB of Python at
# every start. Only the CLI: the page's first load is size-bound and compiles the texts.
# The generator runs on the build's own platform (under node for the web build), after the
# runtime it compiles with, so the code always matches the compiler and the .py files.
add_executable(loopscope_pycache "${PROJECT_SOURCE_DIR}/tools/pycache/main.cpp")
target_link_libraries(loopscope_pycache PRIVATE loopscope_runtime)
loopscope_warnings(loopscope_pycache)
set(_compiled_python "${PROJECT_BINARY_DIR}/compiled_python.cpp")
if(LOOPSCOPE_WEB)
  target_link_options(loopscope_pycache PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS})
endif()
add_custom_command(
  OUTPUT "${_compiled_python}"
  COMMAND ${LOOPSCOPE_NODE_RUN} $<TARGET_FILE:loopscope_pycache> "${_compiled_python}"
  DEPENDS loopscope_pycache
  COMMENT "Compiling the runtime's embedded Python for the CLI"
  VERBATIM)
target_sources(loopscope PRIVATE "${_compiled_python}")

if(LOOPSCOPE_WEB)
  # 128 MB of memory from the start (the default is 16 MB): the benchmarks' larger programs grew
  # the heap a step at a time (dicts, many_tasks ~4% less CPU under node); pages never touched
  # are not resident (+3 MB peak RSS for a tiny program).
  target_link_options(loopscope PRIVATE ${LOOPSCOPE_WASM_NODE_LINK_OPTIONS}
                      -sINITIAL_MEMORY=134217728)
  # V8's tiering for the CLI's process (tools/cli/node_tiering.pre.js: fewer functions sent to
  # the optimizing compiler, whose CPU time a short program pays); the page keeps the browser's.
  # Before it, tools/cli/bench_cpu.pre.js marks the process's CPU at the script's first line
  # (the start of `run`'s LOOPSCOPE_BENCH_CPU load figure, tools/cli/main.cpp).
  set(_bench_cpu "${PROJECT_SOURCE_DIR}/tools/cli/bench_cpu.pre.js")
  set(_tiering "${PROJECT_SOURCE_DIR}/tools/cli/node_tiering.pre.js")
  target_link_options(loopscope PRIVATE "SHELL:--pre-js \"${_bench_cpu}\""
                      "SHELL:--pre-js \"${_tiering}\"")
  set_property(TARGET loopscope APPEND PROPERTY LINK_DEPENDS "${_bench_cpu};${_tiering}")
  # asyncio's untraced fast paths (runtime/asyncio/fast_paths.h), which the page's wasm leaves
  # out for its first load's size: the CLI compiles its own copies of their files with them
  # (lock, gather, event, queue ... run natively as in the native CLI). Its objects come before
  # the runtime's archives on the link line and define every symbol of the archive's copies,
  # so those are never pulled in.
  target_sources(loopscope PRIVATE
    "${PROJECT_SOURCE_DIR}/runtime/asyncio/gather_fast.cpp"
    "${PROJECT_SOURCE_DIR}/runtime/asyncio/locks_fast.cpp"
    "${PROJECT_SOURCE_DIR}/runtime/asyncio/queues.cpp")
  target_compile_definitions(loopscope PRIVATE LOOPSCOPE_WASM_FAST_PATHS)
  # Binaryen's -O2 at the link inlines every function that has one caller, whatever its size:
  # the big functions it grows cost V8's TurboFan more to compile than they save in a short run
  # (wasm15 measured the asyncio programs 3-14% less CPU without it). The page keeps its link.
  target_link_options(loopscope PRIVATE
                      -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=0)
endif()

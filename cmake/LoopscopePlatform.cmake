# Platform switches shared by every target.
#
#   LOOPSCOPE_WEB        ON when building with Emscripten (the `web` preset)
#   LOOPSCOPE_PLATFORM   "native" or "web"
#   LOOPSCOPE_NODE       node executable (web build only)
#   LOOPSCOPE_NODE_RUN   list: how to run an Emscripten .js program under node
#                        (node --no-experimental-fetch, see TOOLCHAIN.md)
#   LOOPSCOPE_WASM_NODE_LINK_OPTIONS  link options of wasm programs run under node (CLI,
#                        tests): host file system, growable memory, real exit codes, 8 MB stack
#   loopscope_warnings(<target>)  our warning set (warnings are errors), for our own sources only
#   LOOPSCOPE_SANITIZE   ON in the `sanitize` preset (build/sanitize, clang): everything built
#                        with AddressSanitizer + UndefinedBehaviorSanitizer (any report is
#                        fatal), for the test corpus under the sanitizers (./dev sanitize)
#   LOOPSCOPE_FUZZ       ON in the `fuzz` preset (build/fuzz, clang): the same sanitizers plus
#                        libFuzzer's coverage instrumentation; tests/fuzz/fuzz.cmake adds the
#                        fuzz targets (./dev fuzz)

if(EMSCRIPTEN)
  set(LOOPSCOPE_WEB ON)
  set(LOOPSCOPE_PLATFORM web)
  find_program(LOOPSCOPE_NODE NAMES node nodejs REQUIRED)
  # Node 20 has fetch(), which the 3.1.6 loader misuses for local files.
  set(LOOPSCOPE_NODE_RUN "${LOOPSCOPE_NODE}" --no-experimental-fetch)
  # Used by add_test(COMMAND <target>) and by Catch/try_run machinery.
  set(CMAKE_CROSSCOMPILING_EMULATOR ${LOOPSCOPE_NODE_RUN})
  # Debian's emcc needs Debian's node modules (acorn) when it optimizes JS at link time;
  # put them in the environment of every link so plain `cmake --build` works too.
  set_property(GLOBAL PROPERTY RULE_LAUNCH_LINK "env NODE_PATH=/usr/share/nodejs")
  # TOTAL_STACK is the 3.1.6 name (later versions call it STACK_SIZE).
  set(LOOPSCOPE_WASM_NODE_LINK_OPTIONS
      -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1
      -sTOTAL_STACK=8388608)
else()
  set(LOOPSCOPE_WEB OFF)
  set(LOOPSCOPE_PLATFORM native)
  set(LOOPSCOPE_NODE_RUN "")
endif()

# The runtime frees its pooled blocks by size (`::operator delete(p, n)`): g++ declares the sized
# form from C++14 on, native clang 14 only with -fsized-deallocation (Emscripten's has it on).
if(NOT LOOPSCOPE_WEB AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  add_compile_options(-fsized-deallocation)
endif()

option(LOOPSCOPE_SANITIZE "ASan + UBSan (native clang build)" OFF)
if(LOOPSCOPE_SANITIZE)
  if(LOOPSCOPE_WEB OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LOOPSCOPE_SANITIZE needs the native clang build (the sanitize preset)")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()

option(LOOPSCOPE_FUZZ "libFuzzer targets with ASan + UBSan (native clang build)" OFF)
if(LOOPSCOPE_FUZZ)
  if(LOOPSCOPE_WEB OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LOOPSCOPE_FUZZ needs the native clang build (the fuzz preset)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()

# Release is -O2 with asserts off on both platforms (matches the `native` and `web` presets).
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "" FORCE)

# Warnings are errors in our own code (third-party code is built with -w), so a dead local or
# an unhandled enum value is fixed rather than silenced. g++ natively and clang in wasm warn
# about different things: both builds must be clean.
function(loopscope_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter -Werror)
endfunction()

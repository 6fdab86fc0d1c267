# Golden-program tests (see tests/golden/README.md). include()d from tests/CMakeLists.txt.
#
#   golden/<topic>   runs every program of one topic folder with the `loopscope` CLI and compares
#                    stdout/stderr/exit status with the CPython-made .out/.err (only when the
#                    CLI target exists)
#   golden_stale     re-runs CPython 3.11 on every program and fails if a committed .out/.err
#                    is out of date (passes with "skipped" when python3 is not 3.11)
#   golden_selftest  proves golden.py's check passes CPython's own output and reports each kind
#                    of mismatch (stdout, stderr, exit status, timeout, missing .out)
#
# `ctest -L golden` selects both.

set(_golden_tool "${LOOPSCOPE_SOURCE_DIR}/tools/golden.py")
set(_golden_python "${LOOPSCOPE_PYTHON}")
if(NOT _golden_python)
  set(_golden_python python3)
endif()

# CPython's side does not depend on the platform: the web build leaves these to the native one.
if(NOT LOOPSCOPE_WEB)
  add_test(NAME golden_stale COMMAND ${_golden_python} "${_golden_tool}" stale)
  set_tests_properties(golden_stale PROPERTIES LABELS golden)
  loopscope_test_properties(golden_stale)
  set_tests_properties(golden_stale PROPERTIES TIMEOUT 600) # ~350 CPython runs

  add_test(NAME golden_selftest COMMAND ${_golden_python} "${_golden_tool}" selftest)
  set_tests_properties(golden_selftest PROPERTIES LABELS golden)
  loopscope_test_properties(golden_selftest)
endif()

# golden.py takes the command prefix as one shell-like string; quote words with spaces.
set(_golden_words "")
foreach(_word IN LISTS LOOPSCOPE_RUN_CLI)
  if(_word MATCHES " ")
    list(APPEND _golden_words "'${_word}'")
  else()
    list(APPEND _golden_words "${_word}")
  endif()
endforeach()
list(JOIN _golden_words " " _golden_cli)

if(LOOPSCOPE_WEB)
  set(_golden_timeout 30) # per program: node start-up plus a wasm interpreter
  set(_golden_platform web)
elseif(LOOPSCOPE_SANITIZE OR LOOPSCOPE_FUZZ)
  set(_golden_timeout 60) # ASan makes each step 3-5 times slower (cmath_grid: 12 s)
  set(_golden_platform native)
else()
  set(_golden_timeout 10)
  set(_golden_platform native)
endif()

file(GLOB _golden_topics LIST_DIRECTORIES true CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*")
foreach(_topic_dir IN LISTS _golden_topics)
  if(NOT IS_DIRECTORY "${_topic_dir}")
    continue()
  endif()
  get_filename_component(_topic "${_topic_dir}" NAME)
  add_test(NAME golden/${_topic}
           COMMAND ${_golden_python} "${_golden_tool}" check --cli "${_golden_cli}"
                   --jobs 2 --timeout ${_golden_timeout}
                   --known-failures "${CMAKE_CURRENT_LIST_DIR}/KNOWN_FAILURES"
                   --platform ${_golden_platform} "${_topic_dir}")
  set_tests_properties(golden/${_topic} PROPERTIES LABELS golden)
  loopscope_test_properties(golden/${_topic})
endforeach()

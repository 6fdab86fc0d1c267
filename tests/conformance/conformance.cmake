# asyncio conformance tests (see tests/conformance/README.md). include()d from tests/CMakeLists.txt.
#
#   conformance_stale   re-runs the CPython oracle (tools/cpython_oracle.py) on every script and
#                       fails if a committed .out no longer agrees (passes with "skipped" when no
#                       CPython 3.11 is available)
#   oracle_shared_exact re-runs the oracle on shared/ and fails unless every transcript is
#                       byte-identical to the one the spec ships (SEMANTICS.md: "byte for byte")
#   conformance_runner_selftest
#                       tests the comparison rule and the check runner against a fake CLI
#                       (passes, fails, moved warnings, time-outs); needs no CPython 3.11
#   oracle_self_check   runs tools/conformance.py check with the oracle itself as the CLI on the
#                       shared scripts: proves the check runner and the oracle's `run --transcript`
#                       form agree with the transcripts CPython produced for the spec
#
#   conformance/<topic> one test per topic folder: the `loopscope` CLI's transcripts (natively, or
#                       the wasm CLI under node in the web build) against the committed ones
#
# `ctest -L conformance` selects them.

set(_conformance_tool "${LOOPSCOPE_SOURCE_DIR}/tools/conformance.py")
set(_conformance_oracle "${LOOPSCOPE_SOURCE_DIR}/tools/cpython_oracle.py")
set(_conformance_python "${LOOPSCOPE_PYTHON}")
if(NOT _conformance_python)
  set(_conformance_python python3)
endif()

# The oracle's side does not depend on the platform: the web build leaves these to the native one.
if(NOT LOOPSCOPE_WEB)
  add_test(NAME conformance_stale
           COMMAND ${_conformance_python} "${_conformance_tool}" stale --jobs 2)
  set_tests_properties(conformance_stale PROPERTIES LABELS conformance)
  loopscope_test_properties(conformance_stale)
  set_tests_properties(conformance_stale PROPERTIES TIMEOUT 600) # ~190 CPython runs: ~25 s idle, ~2 min on a busy machine

  add_test(NAME oracle_shared_exact
           COMMAND ${_conformance_python} "${_conformance_tool}" stale --exact
                   "${CMAKE_CURRENT_LIST_DIR}/shared")
  set_tests_properties(oracle_shared_exact PROPERTIES LABELS conformance)
  loopscope_test_properties(oracle_shared_exact)

  add_test(NAME conformance_runner_selftest
           COMMAND ${_conformance_python} "${_conformance_tool}" selftest)
  set_tests_properties(conformance_runner_selftest PROPERTIES LABELS conformance)
  loopscope_test_properties(conformance_runner_selftest)

  add_test(NAME oracle_self_check
           COMMAND ${_conformance_python} "${_conformance_tool}" check
                   --cli "${_conformance_python} ${_conformance_oracle}"
                   --jobs 2 --skip-unless-python311 "${CMAKE_CURRENT_LIST_DIR}/shared")
  set_tests_properties(oracle_self_check PROPERTIES LABELS conformance)
  loopscope_test_properties(oracle_self_check)
endif()

# conformance.py takes the command prefix as one shell-like string; quote words with spaces.
set(_ac_words "")
foreach(_word IN LISTS LOOPSCOPE_RUN_CLI)
  if(_word MATCHES " ")
    list(APPEND _ac_words "'${_word}'")
  else()
    list(APPEND _ac_words "${_word}")
  endif()
endforeach()
list(JOIN _ac_words " " _ac_cli)
if(LOOPSCOPE_WEB)
  set(_ac_timeout 40) # per script: node start-up plus the wasm interpreter
else()
  set(_ac_timeout 20)
endif()
file(GLOB _ac_topics RELATIVE "${CMAKE_CURRENT_LIST_DIR}" CONFIGURE_DEPENDS
     "${CMAKE_CURRENT_LIST_DIR}/*/*.py")
list(TRANSFORM _ac_topics REPLACE "/.*" "")
list(REMOVE_DUPLICATES _ac_topics)
foreach(_topic IN LISTS _ac_topics)
  set(_dir "${CMAKE_CURRENT_LIST_DIR}/${_topic}")
  add_test(NAME conformance/${_topic}
           COMMAND ${LOOPSCOPE_PYTHON} "${LOOPSCOPE_SOURCE_DIR}/tools/conformance.py" check
                   --cli "${_ac_cli}" --jobs 2 --timeout ${_ac_timeout} "${_dir}")
  set_tests_properties(conformance/${_topic} PROPERTIES LABELS conformance)
  loopscope_test_properties(conformance/${_topic})
endforeach()

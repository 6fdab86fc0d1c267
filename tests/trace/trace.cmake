# Trace determinism (issue 5): `loopscope trace --json` of each tests/trace/*.py must print
# exactly the committed tests/trace/<name>.json, in the native build and in the wasm build, so
# the trace is byte-identical across runs and between platforms. Included from
# tests/CMakeLists.txt. The expected files were produced by the native CLI:
#
#   cd tests/trace && for f in *.py; do ../../build/native/loopscope trace --json $f > ${f%.py}.json; done
#
# (run from this folder: the trace records the file name as given). A difference means the
# runtime's behaviour or the schema changed: check with `git diff` before regenerating.
file(GLOB _trace_scripts CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.py")
# The CLI command may be a list (node;--no-experimental-fetch;loopscope.js): pass it joined.
string(REPLACE ";" "|" _trace_cli "${LOOPSCOPE_RUN_CLI}")
foreach(_script IN LISTS _trace_scripts)
  get_filename_component(_name "${_script}" NAME_WE)
  if(NOT EXISTS "${CMAKE_CURRENT_LIST_DIR}/${_name}.json")
    continue() # a new script whose expected trace is not committed yet
  endif()
  add_test(NAME trace/${_name}
           COMMAND ${CMAKE_COMMAND} "-DCLI=${_trace_cli}" "-DSCRIPT=${_name}.py"
                   "-DEXPECTED=${CMAKE_CURRENT_LIST_DIR}/${_name}.json"
                   -P "${CMAKE_CURRENT_LIST_DIR}/compare_trace.cmake"
           WORKING_DIRECTORY "${CMAKE_CURRENT_LIST_DIR}")
  set_tests_properties(trace/${_name} PROPERTIES LABELS trace)
  loopscope_test_properties(trace/${_name})
endforeach()

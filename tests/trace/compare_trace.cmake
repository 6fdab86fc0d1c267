# cmake -DCLI=<cmd|args> -DSCRIPT=x.py -DEXPECTED=x.json -P compare_trace.cmake
# Runs `CLI trace --json SCRIPT` in the current folder and fails unless it prints EXPECTED
# byte for byte (trace.cmake).
string(REPLACE "|" ";" _cli "${CLI}")
execute_process(COMMAND ${_cli} trace --json "${SCRIPT}"
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
file(READ "${EXPECTED}" _want)
if(NOT _out STREQUAL _want)
  string(LENGTH "${_out}" _n_out)
  string(LENGTH "${_want}" _n_want)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/trace_actual_${SCRIPT}.json" "${_out}")
  message(FATAL_ERROR "trace of ${SCRIPT} differs from ${EXPECTED} (${_n_out} vs ${_n_want} "
                      "bytes; exit ${_rc}; stderr: ${_err}); actual output written to "
                      "${CMAKE_CURRENT_BINARY_DIR}/trace_actual_${SCRIPT}.json")
endif()

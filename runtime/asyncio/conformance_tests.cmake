# conformance_tests.cmake - ctest checks of the loopscope CLI against the asyncio conformance
# transcripts (tests/conformance, produced by tools/cpython_oracle.py). One test per topic
# folder, labelled `conformance`; natively and, in the web build, the wasm CLI under node.
# Included from tests/CMakeLists.txt (see its header for the variables used here).
if(LOOPSCOPE_HAVE_CLI AND LOOPSCOPE_RUN_CLI AND LOOPSCOPE_PYTHON)
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
  # Topics that pass completely (errors/ waits for an interpreter change, see
  # the asyncio report: the location of never-awaited warnings).
  set(_ac_topics asyncgen basics cancellation clock deadlock gather loop queues random shared sync
                 taskgroup tasks threads timeouts wait)
  foreach(_topic IN LISTS _ac_topics)
    set(_dir "${LOOPSCOPE_SOURCE_DIR}/tests/conformance/${_topic}")
    if(NOT IS_DIRECTORY "${_dir}")
      continue()
    endif()
    add_test(NAME loopscope_conformance/${_topic}
             COMMAND ${LOOPSCOPE_PYTHON} "${LOOPSCOPE_SOURCE_DIR}/tools/conformance.py" check
                     --cli "${_ac_cli}" --jobs 2 --timeout ${_ac_timeout} "${_dir}")
    set_tests_properties(loopscope_conformance/${_topic} PROPERTIES LABELS conformance)
    loopscope_test_properties(loopscope_conformance/${_topic})
  endforeach()
endif()

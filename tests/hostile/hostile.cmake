# Hostile programs (issue 16, tests/hostile/check_hostile.py). include()d from tests/CMakeLists.txt.
#
#   hostile/freeze   every tests/hostile/freeze/*.py loops forever where the interpreter cannot
#                    pause; run with --max-ticks it must stop with the budget's message, natively
#                    and in wasm

# Under the sanitizers (the fuzz build's asan-corpus run, tests/fuzz/fuzz.cmake) a tick and an
# allocation cost ~10x more: the same programs run on a smaller tick budget and memory budget.
set(_hostile_max_ticks 2000000)
set(_hostile_budget 256M)
set(_hostile_only_budget "")
if(LOOPSCOPE_WEB)
  set(_hostile_timeout 60)
elseif(LOOPSCOPE_SANITIZE OR LOOPSCOPE_FUZZ)
  set(_hostile_timeout 120) # the budgets count steps, and ASan makes each step 3-5 times slower
  set(_hostile_max_ticks 200000)
  set(_hostile_budget 16M)
  set(_hostile_only_budget --only-budget)
else()
  set(_hostile_timeout 20)
endif()
set(_hostile_words "")
foreach(_word IN LISTS LOOPSCOPE_RUN_CLI)
  list(APPEND _hostile_words "'${_word}'")
endforeach()
list(JOIN _hostile_words " " _hostile_cli)

add_test(NAME hostile/freeze
         COMMAND ${LOOPSCOPE_PYTHON} "${CMAKE_CURRENT_LIST_DIR}/check_hostile.py"
                 --cli "${_hostile_cli}" --timeout ${_hostile_timeout}
                 --max-ticks ${_hostile_max_ticks} freeze
                 "${CMAKE_CURRENT_LIST_DIR}/freeze")
set_tests_properties(hostile/freeze PROPERTIES LABELS hostile)
loopscope_test_properties(hostile/freeze)
# (about 45 programs, each a second or more under node: three times the default timeout)
math(EXPR _hostile_freeze_timeout "${LOOPSCOPE_TEST_TIMEOUT} * 3")
set_tests_properties(hostile/freeze PROPERTIES TIMEOUT ${_hostile_freeze_timeout})

# hostile/memory   every tests/hostile/memory/*.py asks for more memory than the budget; run with
#                  --max-memory 256M it must end with a MemoryError traceback (check_memory.py),
#                  natively and in wasm
add_test(NAME hostile/memory
         COMMAND ${LOOPSCOPE_PYTHON} "${CMAKE_CURRENT_LIST_DIR}/check_memory.py"
                 --cli "${_hostile_cli}" --timeout ${_hostile_timeout}
                 --budget ${_hostile_budget} ${_hostile_only_budget} "${CMAKE_CURRENT_LIST_DIR}/memory")
set_tests_properties(hostile/memory PROPERTIES LABELS hostile)
loopscope_test_properties(hostile/memory)

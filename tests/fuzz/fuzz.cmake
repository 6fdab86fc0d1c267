# libFuzzer targets (issue 16, item 8), built only in the `fuzz` preset (LOOPSCOPE_FUZZ: clang,
# -fsanitize=fuzzer + ASan + UBSan). include()d from tests/CMakeLists.txt.
#
#   fuzz_program   source text -> parse, compile, run with the program modules under a tick budget
#   fuzz_compile   source text -> parse, resolve, compile, disassemble (nothing runs)
#
# Both start from the repository's programs (tests/golden, tests/conformance, tests/hostile) and
# use python.dict. tests/fuzz/fuzz.py drives them: `./dev fuzz [SECONDS]` for a real run, and
# the ctest tests fuzz/<target> (label fuzz) for the smoke run in ./dev test.

# Each links only the layers it needs (the smoke run in ./dev test builds them).
set(_fuzz_program_layers loopscope_world)
set(_fuzz_compile_layers loopscope_lang)
foreach(_target IN ITEMS program compile)
  add_executable(fuzz_${_target} "${CMAKE_CURRENT_LIST_DIR}/fuzz_${_target}.cpp")
  target_link_libraries(fuzz_${_target} PRIVATE ${_fuzz_${_target}_layers})
  target_compile_options(fuzz_${_target} PRIVATE -fno-exceptions)
  target_link_options(fuzz_${_target} PRIVATE -fsanitize=fuzzer)
  loopscope_warnings(fuzz_${_target})
  set_target_properties(fuzz_${_target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")

  # The smoke run: a few seconds from the hostile programs and a sample of the others.
  add_test(NAME fuzz/${_target}
           COMMAND ${LOOPSCOPE_PYTHON} "${CMAKE_CURRENT_LIST_DIR}/fuzz.py" --smoke
                   --binary "$<TARGET_FILE:fuzz_${_target}>"
                   --work "${PROJECT_BINARY_DIR}/fuzz-smoke/${_target}" --seconds 5)
  set_tests_properties(fuzz/${_target} PROPERTIES LABELS fuzz TIMEOUT 300)
endforeach()

# The test corpus under ASan + UBSan (label asan-corpus, run by ./dev test after the smoke run):
# the golden programs, the conformance scripts and the hostile programs through the `loopscope`
# CLI of this build (its whole runtime compiled with the sanitizers). A sanitizer report ends the
# program with exit status 86 and the report on stderr, so the test fails; leaks are reported too
# (LeakSanitizer, at exit). The CPython-only checks (*_stale, selftests) are left out.
get_property(_fuzz_all_tests DIRECTORY PROPERTY TESTS)
foreach(_test IN LISTS _fuzz_all_tests)
  if(_test MATCHES "^(golden|conformance|hostile)/")
    get_test_property(${_test} LABELS _labels)
    list(APPEND _labels asan-corpus)
    set_tests_properties(${_test} PROPERTIES LABELS "${_labels}"
      ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:exitcode=86;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86")
  endif()
endforeach()

# A profile-guided native build (g++): LOOPSCOPE_PGO=generate builds with counters that every
# run adds to LOOPSCOPE_PGO_DIR; LOOPSCOPE_PGO=use rebuilds the same tree laying out code by
# those counts. `./dev build pgo` runs both steps in build/pgo with the golden programs as the
# training runs (never the benchmarks): the CLI that `./dev bench` measures.
set(LOOPSCOPE_PGO "" CACHE STRING "profile-guided native build: generate, use or empty")
set(LOOPSCOPE_PGO_DIR "${PROJECT_BINARY_DIR}/pgo-profile" CACHE PATH "where the profile lives")
if(LOOPSCOPE_PGO STREQUAL "generate")
  # single: counters without atomics (the CLI is one thread); runs in parallel merge at exit.
  add_compile_options(-fprofile-generate -fprofile-update=single
                      "-fprofile-dir=${LOOPSCOPE_PGO_DIR}")
  add_link_options(-fprofile-generate)
elseif(LOOPSCOPE_PGO STREQUAL "use")
  # partial-training: code the training never ran keeps its normal optimisation instead of
  # being treated as cold.
  add_compile_options(-fprofile-use -fprofile-partial-training "-fprofile-dir=${LOOPSCOPE_PGO_DIR}"
                      -Wno-missing-profile)
elseif(NOT LOOPSCOPE_PGO STREQUAL "")
  message(FATAL_ERROR "LOOPSCOPE_PGO is generate, use or empty (not '${LOOPSCOPE_PGO}')")
endif()

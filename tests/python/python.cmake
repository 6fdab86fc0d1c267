# The runtime's own Python (runtime/*/py/*.py, embedded into the binary by cmake/embed_python.py)
# must be valid CPython 3.11: `python3 -m py_compile` on every file, bytecode written into the
# build folder (not next to the sources). Included from tests/CMakeLists.txt.
file(GLOB _runtime_py CONFIGURE_DEPENDS "${LOOPSCOPE_SOURCE_DIR}/runtime/*/py/*.py"
     "${LOOPSCOPE_SOURCE_DIR}/runtime/*/py/*/*.py")
add_test(NAME python/py_compile
         COMMAND "${CMAKE_COMMAND}" -E env "PYTHONPYCACHEPREFIX=${LOOPSCOPE_BINARY_DIR}/pycache"
                 "${LOOPSCOPE_PYTHON}" -m py_compile ${_runtime_py})
set_tests_properties(python/py_compile PROPERTIES LABELS python)
loopscope_test_properties(python/py_compile)

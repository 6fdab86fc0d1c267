"""ctypes cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('ctypes is not available in the playground: programs run inside the '
                  'browser, where no C libraries can be loaded. Write the code in Python.')

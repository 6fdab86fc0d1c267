# main() with an option it does not know: the usage line, the error and exit status 2
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


try:
    unittest.main(argv=['prog.py', '-k'])
except SystemExit as e:
    print('SystemExit', e.code)
unittest.main(argv=['prog.py', '--bogus'])

# buffer=True / -b: what a test prints is kept and shown in the report only when it fails;
# fixtures' output too
import sys, unittest

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('class setup output')
    def test_quiet_pass(self):
        print('hidden because the test passes')
    def test_loud_fail(self):
        print('shown: the test failed')
        print('to stderr', file=sys.stderr)
        self.assertEqual(1, 2)
    def test_loud_error(self):
        print('partial', end='')
        raise KeyError('x')

class U(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('U setup prints then fails')
        raise RuntimeError('nope')
    def test_x(self): pass

unittest.main(argv=['prog', '-b'], exit=False)
print('after')
unittest.main(buffer=True, verbosity=2)

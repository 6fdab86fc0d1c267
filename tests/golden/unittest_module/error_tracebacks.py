# the report's tracebacks: chained exceptions, plain assert, a failure inside an assertRaises
# block, helpers, long strings; -f stops at the first failure; an empty TestCase
import unittest, sys

class T(unittest.TestCase):
    def test_chain(self):
        try:
            {}['a']
        except KeyError:
            raise ValueError('converted')
    def test_cause(self):
        try:
            int('x')
        except ValueError as e:
            raise RuntimeError('wrapped') from e
    def test_plain_assert(self):
        x = 3
        assert x == 4, 'x should be 4'
    def test_fail_in_assert_raises_body(self):
        with self.assertRaises(KeyError):
            self.assertEqual(1, 2)
    def test_nested_fn(self):
        def inner():
            self.assertIn(5, [1, 2])
        inner()
    def test_exc_in_setup_like(self):
        self.assertEqual(*[1, 2], msg='m')
    def test_long_str(self):
        self.assertEqual('a' * 1000, 'a' * 999 + 'b')
    def test_multiline_long(self):
        self.assertEqual('\n'.join(str(i) for i in range(200)), '\n'.join(str(i) for i in range(1, 201)))
    def test_zero(self):
        self.assertNotEqual(0, 0.0)

class Empty(unittest.TestCase):
    pass

unittest.main(argv=['x', '-f'], exit=False)
unittest.main(argv=['x', 'Empty'], exit=False)
class NoTests(unittest.TestCase):
    def helper(self): pass
print(unittest.TestLoader().loadTestsFromTestCase(NoTests))
print(unittest.TestSuite([T('test_zero')]))
unittest.main()

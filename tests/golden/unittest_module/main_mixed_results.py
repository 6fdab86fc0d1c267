# unittest.main() on a class with passing, failing and erroring tests: dots, F, E, the
# ERROR/FAIL sections with their tracebacks, the summary and the exit status
import unittest


def divide(a, b):
    return a / b


class TestArithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub_wrong(self):
        """Subtraction gives the wrong answer."""
        self.assertEqual(5 - 3, 3)

    def test_divide_by_zero(self):
        self.assertEqual(divide(1, 0), 0)

    def test_key_error(self):
        d = {}
        d['missing']

    def test_true(self):
        self.assertTrue(isinstance(3, int))

    def test_helper_failure(self):
        self.check_positive(-1)

    def check_positive(self, n):
        self.assertGreater(n, 0, 'n must be positive')


if __name__ == '__main__':
    unittest.main()

# verbosity=2: one line per test with its docstring, skips with their reasons, expected
# failures, unexpected successes and subtests
import unittest


class TestVerbose(unittest.TestCase):
    def test_a_passes(self):
        """First line of the docstring.

        More text that is not shown.
        """
        self.assertIn('a', 'abc')

    def test_b_fails(self):
        self.assertEqual('spam', 'eggs')

    @unittest.skip('not ready')
    def test_c_skipped(self):
        pass

    @unittest.expectedFailure
    def test_d_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_e_unexpected_success(self):
        pass

    def test_f_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_g_error(self):
        raise RuntimeError('something broke')


class TestSecond(unittest.TestCase):
    def test_only(self):
        self.assertIsNone(None)


unittest.main(verbosity=2)

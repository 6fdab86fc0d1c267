# subTest: each failing subtest is reported with its message and parameters
import unittest


class TestEven(unittest.TestCase):
    def test_numbers(self):
        for n in [0, 1, 2, 3]:
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_message_and_params(self):
        for word in ['apple', 'kiwi']:
            with self.subTest('checking length', word=word, limit=4):
                self.assertLessEqual(len(word), 4)

    def test_nested(self):
        for a in range(2):
            with self.subTest(a=a):
                for b in range(2):
                    with self.subTest(b=b):
                        self.assertFalse(a and b)

    def test_error_in_subtest(self):
        with self.subTest():
            raise KeyError('k')
        print('after a failing subtest the test goes on')

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)


unittest.main(verbosity=2)

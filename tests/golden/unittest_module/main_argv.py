# main()'s argv: test names, -k patterns, -v and -q; exit codes
import sys
import unittest


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)

    def test_pow_wrong(self):
        self.assertEqual(2 ** 3, 9)


class TestText(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('a'.upper(), 'A')


sys.stderr = sys.stdout
for argv in (['prog', 'TestMath.test_add'],
             ['prog', '-v', 'TestText'],
             ['prog', '-k', 'mul'],
             ['prog', '-k', 'test_u*'],
             ['prog', '-q', 'TestMath.test_pow_wrong'],
             ['prog', '-v', 'TestMath.test_add', 'TestText.test_upper']):
    print('argv:', argv[1:])
    unittest.TestLoader.testNamePatterns = None
    try:
        unittest.main(argv=argv, testLoader=unittest.TestLoader())
    except SystemExit as e:
        print('SystemExit', e.code)

program = unittest.main(argv=['prog', 'TestMath.test_mul'], exit=False)
print(program.result)

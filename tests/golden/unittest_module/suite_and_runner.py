# TestSuite, TestLoader and TextTestRunner used by hand; the result's fields
import io
import unittest


class A(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        self.assertEqual(2, 3)

    def helper(self):
        pass


class B(unittest.TestCase):
    def test_x(self):
        raise ValueError('bad')

    def test_y(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
suite = loader.loadTestsFromTestCase(A)
print(suite.countTestCases())
print([t.id() for t in suite])
print(str(A('test_a')), repr(A('test_a')))

suite = unittest.TestSuite()
suite.addTest(A('test_b'))
suite.addTests([B('test_y'), B('test_x')])
suite.addTest(unittest.TestSuite([A('test_a')]))
print(suite.countTestCases())

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
print(stream.getvalue())
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print([str(t) for t, _ in result.failures], [str(t) for t, _ in result.errors])
print(result.errors[0][1].splitlines()[-1])

result = unittest.TestResult()
A('test_a').run(result)
B('test_y').run(result)
print(result)
print(result.failures[0][1].splitlines()[-1])

result = A('test_b').run()
print(result.testsRun, result.wasSuccessful())

try:
    A('nope')
except ValueError as e:
    print(e)
try:
    suite.addTest(A)
except TypeError as e:
    print(e)
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
try:
    suite.addTests('test_a')
except TypeError as e:
    print(e)

out = io.StringIO()
r = unittest.TextTestRunner(stream=out, failfast=True).run(loader.loadTestsFromTestCase(B))
print(r.testsRun, r.shouldStop)
print(out.getvalue().splitlines()[0])


def check_abs():
    assert abs(-2) == 2


case = unittest.FunctionTestCase(check_abs, description='abs works')
print(case, case.shortDescription())
out = io.StringIO()
unittest.TextTestRunner(stream=out, verbosity=2).run(case)
print(out.getvalue())

# a suite that passes: the runner writes to stdout here (CPython's exits 0 with the report on
# stderr otherwise), then exit=False lets the program go on
import sys
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()


class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.items, [1])

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')

    def test_len(self):
        self.assertEqual(len(self.stack.items), 0)


program = unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout), exit=False)
print(program.result)
print(program.result.wasSuccessful(), program.result.testsRun)

sys.stderr = sys.stdout
unittest.main(verbosity=2, exit=False)
try:
    unittest.main(argv=['prog', '-q'])
except SystemExit as e:
    print('exit code', repr(e.code))

# the order of module, class and test fixtures, cleanups and enterContext
import contextlib
import sys
import unittest


def setUpModule():
    print('setUpModule')
    unittest.addModuleCleanup(print, 'module cleanup')


def tearDownModule():
    print('tearDownModule')


@contextlib.contextmanager
def resource(name):
    print('enter', name)
    yield name.upper()
    print('exit', name)


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)
        cls.addClassCleanup(print, 'class cleanup', cls.__name__)
        cls.shared = cls.enterClassContext(resource('class-res'))

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.__name__)

    def setUp(self):
        print('  setUp', self._testMethodName)
        self.addCleanup(print, '  cleanup 1')
        self.addCleanup(print, '  cleanup 2')
        self.res = self.enterContext(resource('test-res'))

    def tearDown(self):
        print('  tearDown', self._testMethodName)

    def test_one(self):
        print('  test_one', self.res, self.shared)

    def test_two(self):
        print('  test_two')
        self.fail('two fails')


class Second(unittest.TestCase):
    def setUp(self):
        print('  setUp Second')
        raise ValueError('setUp broke')

    def tearDown(self):
        print('  never runs')

    def test_three(self):
        print('  never runs either')


class Third(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass Third')
        raise RuntimeError('class setup failed')

    def test_four(self):
        print('  not run')


class Fourth(unittest.TestCase):
    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)
        print('  test_cleanup_error')


unittest.main()

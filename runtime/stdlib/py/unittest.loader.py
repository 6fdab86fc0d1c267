"""unittest.loader: TestLoader, which makes suites from test case classes, modules and names
(CPython's unittest/loader.py; discovery from files is not supported).
"""
import sys
import functools

from unittest.case import TestCase
from unittest.suite import TestSuite
from unittest.util import three_way_cmp, _unsupported

# frames of this module are left out of the tracebacks a result shows (as CPython's __unittest)
__unittest = True


def _fnmatchcase(name, pattern):
    import fnmatch
    return fnmatch.fnmatchcase(name, pattern)


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    # as TestLoader.loadTestsFromName, for names inside a module: Class, Class.test_method,
    # a suite or a function that returns tests
    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            if parts[0] not in sys.modules:
                _unsupported('loading tests from a module by name (%r)' % name)
            module = sys.modules[parts[0]]
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj)):
            inst = parent(parts[-1])
            return self.suiteClass([inst])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                     attrname)
            return self.testNamePatterns is None or any(
                _fnmatchcase(fullName, pattern) for pattern in self.testNamePatterns)
        names = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        _unsupported('test discovery')


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)

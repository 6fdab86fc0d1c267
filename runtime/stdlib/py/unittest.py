"""unittest: test cases, suites, a text runner and main() (CPython 3.11's unittest package).

TestCase with every assert* method and CPython's failure messages (assertEqual's diffs come
from difflib), subTest, skips and expected failures, fixtures (setUp/tearDown, setUpClass/
tearDownClass, setUpModule/tearDownModule, cleanups, enterContext), assertRaises/
assertWarns/assertLogs; IsolatedAsyncioTestCase (a fresh event loop per test, on the
virtual clock); TestSuite, TestLoader (from classes, modules and names), TestResult,
TextTestRunner and main() with its argv options -v -q -f -k -b. Test discovery from files
and catchbreak are not supported. The pieces live in unittest.case,
unittest.async_case, unittest.suite, unittest.result, unittest.runner, unittest.loader,
unittest.main and unittest.util, as CPython's; unittest.mock is its own module.
"""
__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler', 'registerResult',
           'removeResult', 'removeHandler', 'addModuleCleanup', 'doModuleCleanups',
           'enterModuleContext', 'getTestCaseNames', 'makeSuite', 'findTestCases']

# frames of this module are left out of the tracebacks a result shows (as CPython's __unittest)
__unittest = True

from unittest.result import TestResult
from unittest.case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                           skipIf, skipUnless, expectedFailure, doModuleCleanups,
                           enterModuleContext)
from unittest.async_case import IsolatedAsyncioTestCase
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames,
                             findTestCases)
from unittest.main import (TestProgram, main, installHandler, registerResult, removeResult,
                           removeHandler)
from unittest.runner import TextTestRunner, TextTestResult

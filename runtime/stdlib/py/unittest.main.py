"""unittest.main: TestProgram, what unittest.main() is: it loads the tests its argv names (or
all of the module's) and runs them (CPython's unittest/main.py).
"""
import sys

from unittest.loader import defaultTestLoader
from unittest.runner import TextTestRunner
from unittest.util import _unsupported

# frames of this module are left out of the tracebacks a result shows (as CPython's __unittest)
__unittest = True


def installHandler():
    _unsupported('catchbreak (installHandler)')


def removeHandler(method=None):
    if method is not None:
        return method


def registerResult(result):
    pass


def removeResult(result):
    return False


_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""


class TestProgram:
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else ''
        self.parseArgs(argv)
        self.runTests()

    # as TestProgram.parseArgs for the options of `python script.py [options] [tests]`
    def parseArgs(self, argv):
        tests = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            elif arg == '--locals':
                _unsupported('--locals')
            elif arg in ('-c', '--catch'):
                _unsupported('-c/--catch')
            elif arg in ('-b', '--buffer'):
                if self.buffer is None:
                    self.buffer = True
            elif arg == '-k' or arg.startswith('-k'):
                value = arg[2:] if len(arg) > 2 else (args.pop(0) if args else None)
                if value is None:
                    self._usage_error('argument -k: expected one argument')
                patterns.append(value if '*' in value else '*%s*' % value)
            elif arg in ('-h', '--help'):
                _unsupported('-h/--help')
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg)
            else:
                tests.append(arg)
        if patterns:
            self.testNamePatterns = patterns
        if tests:
            self.testNames = tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _usage_error(self, message):
        prog = self.progName
        sys.stderr.write(_USAGE % {'prog': prog, 'pad': ' ' * (len(prog) + 7)})
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast, buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast, buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

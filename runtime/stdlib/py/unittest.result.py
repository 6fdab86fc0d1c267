"""unittest.result: TestResult, which collects what the tests did (CPython's
unittest/result.py).
"""
import functools
import io
import sys

from unittest.util import strclass

# frames of this module are left out of the tracebacks a result shows (as CPython's __unittest)
__unittest = True


_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


def _failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    # buffer=True: what a test prints is kept, and shown only when it fails
    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(_STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(_STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    @_failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    # as TestResult._exc_info_to_string: the traceback without this module's frames
    def _exc_info_to_string(self, err, test):
        import traceback
        exctype, value, tb = err
        while tb is not None and _is_unittest_frame(tb):
            tb = tb.tb_next
        limit = None
        if exctype is test.failureException:
            # the assert* method's own frames are left out too
            n, t = 0, tb
            while t is not None and not _is_unittest_frame(t):
                n, t = n + 1, t.tb_next
            if t is not None:
                limit = n
        if tb is None:
            lines = traceback.format_exception_only(exctype, value)
        else:
            lines = traceback.format_exception(exctype, value, tb, limit=limit)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(_STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(_STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals

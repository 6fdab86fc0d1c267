# skip, skipIf, skipUnless, skipTest and a skipped class
import sys
import unittest


class TestSkips(unittest.TestCase):
    @unittest.skip('demonstrating skipping')
    def test_nothing(self):
        self.fail('shouldn\'t happen')

    @unittest.skipIf(sys.version_info >= (3, 0), 'not supported in this version')
    def test_format(self):
        pass

    @unittest.skipUnless(sys.platform.startswith('win'), 'requires Windows')
    def test_windows_support(self):
        pass

    def test_maybe_skipped(self):
        self.skipTest('external resource not available')

    def test_runs(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_not_skipped(self):
        pass


@unittest.skip('showing class skipping')
class MySkippedTestCase(unittest.TestCase):
    def test_not_run(self):
        pass


sys.stderr = sys.stdout
unittest.main(verbosity=2, exit=False)
unittest.main(exit=False)
print(TestSkips.test_nothing.__unittest_skip_why__)

# assertWarns / assertWarnsRegex and assertLogs / assertNoLogs
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning)
    return 1


with t.assertWarns(DeprecationWarning) as cm:
    print(old_api())
print(type(cm.warning).__name__, cm.warning, cm.lineno)

with t.assertWarnsRegex(UserWarning, 'care'):
    warnings.warn('take care')

t.assertWarns(DeprecationWarning, old_api)

with t.assertLogs() as cm:
    logging.getLogger().warning('root warning')
    logging.getLogger('app').info('app info')
print(cm.output)
print([r.getMessage() for r in cm.records])

with t.assertLogs('app', level='DEBUG') as cm:
    logging.getLogger('app.db').debug('query %d', 7)
print(cm.output)

with t.assertNoLogs('quiet', level='ERROR'):
    logging.getLogger('quiet').warning('below the level')


def check(block):
    try:
        block()
    except AssertionError as e:
        print('AssertionError:', e)


def no_warning():
    with t.assertWarns(RuntimeWarning):
        pass


def warning_mismatch():
    with t.assertWarnsRegex(UserWarning, 'xyz'):
        warnings.warn('abc')


def no_warning_by():
    t.assertWarns(UserWarning, len, [])


def no_logs():
    with t.assertLogs('app', level='ERROR'):
        logging.getLogger('app').warning('only a warning')


def unexpected_logs():
    with t.assertNoLogs('app'):
        logging.getLogger('app').info('hello')


for block in (no_warning, warning_mismatch, no_warning_by, no_logs, unexpected_logs):
    check(block)

"""timeit: timing small pieces of code. In the playground time is virtual (SEMANTICS.md): only
sleeping and blocking take time, so a callable that computes takes 0.0 seconds and one that
calls time.sleep(d) takes exactly d. Statements given as strings need exec(), which the
playground does not have: pass a callable (timeit.timeit(lambda: f(), number=10))."""

import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _callable(stmt, what):
    if callable(stmt):
        return stmt
    if isinstance(stmt, str):
        if stmt.strip() in ('', 'pass'):
            return lambda: None
        raise NotImplementedError('timeit cannot run a %s given as a string in the playground '
                                  '(that needs exec); pass a callable instead, e.g. '
                                  'timeit.timeit(lambda: work(), number=100)' % what)
    raise ValueError('%s is neither a string nor callable' % what)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable(stmt, 'stmt')
        self._setup = _callable(setup, 'setup')

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        start = self.timer()
        for _ in range(number):
            stmt()
        return self.timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        raise NotImplementedError('Timer.autorange is not available in the playground: it runs '
                                  'the code until 0.2 seconds pass, and on the virtual clock '
                                  'only sleeping takes time; call timeit(number=...) instead')

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    raise NotImplementedError('timeit.main (the command line) is not available in the '
                              'playground; call timeit.timeit() with a callable')

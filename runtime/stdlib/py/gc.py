"""gc (CPython's gc module, which is C) over the playground's collector.

collect() runs the collector at once (runtime/stdlib/gc_module.cpp): what is unreachable is
freed, __del__ methods and generators' finally blocks run, a pending task dropped says "Task was
destroyed but it is pending!". It returns how many container objects it freed that were part of
a reference cycle or hung from one: what CPython's collector counts, since CPython frees the rest
by reference counting before any collection.

What cannot match CPython's numbers: get_count() (CPython counts allocations of container
objects since the last collection of each generation; here: objects made since the last
collection, and the collections since), get_stats(); the playground's collector paces itself by memory,
so set_threshold() and disable() change what these functions report, not when it runs.
"""
import _gc

__all__ = ['enable', 'disable', 'isenabled', 'collect', 'get_count', 'get_threshold',
           'set_threshold', 'is_tracked', 'is_finalized', 'get_referrers', 'get_referents',
           'get_objects', 'get_stats', 'set_debug', 'get_debug', 'freeze', 'unfreeze',
           'get_freeze_count', 'garbage', 'callbacks']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_state = {'enabled': True, 'threshold': (700, 10, 10), 'debug': 0, 'alive': None,
          'base': _gc.counts()[1], 'collections': [0, 0, 0], 'collected': [0, 0, 0]}


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    for cb in list(callbacks):
        cb('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    found = _gc.collect()
    _state['alive'], _state['base'] = _gc.counts()
    _state['collections'][generation] += 1
    _state['collected'][generation] += found
    for cb in list(callbacks):
        cb('stop', {'generation': generation, 'collected': found, 'uncollectable': 0})
    return found


def get_count():
    alive, collections = _gc.counts()
    collections -= _state['base']
    made = alive - _state['alive'] if _state['alive'] is not None else alive
    return (max(made, 0) % _state['threshold'][0], collections % 10, collections // 10 % 10)


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    old = _state['threshold']
    _state['threshold'] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)


def get_stats():
    return [{'collections': c, 'collected': n, 'uncollectable': 0}
            for c, n in zip(_state['collections'], _state['collected'])]


def set_debug(flags):
    _state['debug'] = flags


def get_debug():
    return _state['debug']


_ATOMS = (int, float, complex, str, bytes, bool, type(None), range, type(...))


# as gc.is_tracked: numbers and strings never are; a dict only once it holds a container; a
# tuple only while it holds one (CPython untracks the others lazily)
def is_tracked(obj):
    if isinstance(obj, _ATOMS):
        return type(obj) not in _ATOMS
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    if type(obj) is tuple:
        return any(is_tracked(x) for x in obj)
    return True


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def _unavailable(name):
    def fail(*args, **kwargs):
        raise NotImplementedError('gc.%s is not available in the playground (its collector '
                                  'does not list the objects it holds)' % name)
    fail.__name__ = name
    return fail


get_referrers = _unavailable('get_referrers')
get_referents = _unavailable('get_referents')
get_objects = _unavailable('get_objects')

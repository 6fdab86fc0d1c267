"""The Python half of the random module: choices and the distributions (triangular,
normalvariate, lognormvariate, expovariate, vonmisesvariate, gammavariate, betavariate,
paretovariate, weibullvariate), each drawing from random() in the same order as CPython 3.11's
random.py, so a seeded program gets CPython's numbers. It runs in the namespace of the native
module (runtime/stdlib/random_module.cpp), which holds the generator and the core functions.
The code is the playground's own."""

from math import log as _log, exp as _exp, pi as _pi, e as _e, sqrt as _sqrt, acos as _acos
from math import cos as _cos, floor as _floor, isfinite as _isfinite
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)


# as random.Random.choices
def choices(self, population, weights=None, *, cum_weights=None, k=1):
    random = self.random
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[_floor(random() * n)] for _ in range(k)]
        try:
            cum_weights = []
            total = None
            for w in weights:
                total = w if total is None else total + w
                cum_weights.append(total)
        except TypeError:
            if not isinstance(weights, int):
                raise
            raise TypeError(f'The number of choices must be a keyword argument: k={weights}') \
                from None
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if not _isfinite(total):
        raise ValueError('Total of weights must be finite')
    hi = n - 1
    return [population[_bisect(cum_weights, random() * total, 0, hi)] for _ in range(k)]


# isinstance(x, collections.abc.Sequence), importing collections.abc only for other types
def _is_sequence(x):
    if isinstance(x, (list, tuple, str, range, bytes, bytearray, memoryview)):
        return True
    from collections.abc import Sequence
    return isinstance(x, Sequence)


# as random.Random.sample: the arguments checked in CPython's order, the indices drawn natively
def sample(self, population, k, *, counts=None):
    if not _is_sequence(population):
        raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
    n = len(population)
    if counts is not None:
        cum_counts = list(_accumulate(counts))
        if len(cum_counts) != n:
            raise ValueError('The number of counts does not match the population')
        total = cum_counts.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        picks = self.sample(range(total), k=k)
        return [population[_bisect(cum_counts, s)] for s in picks]
    if not 0 <= k <= n:
        raise ValueError('Sample larger than population or is negative')
    result = [None] * k
    pooled, indices = self._sample_indices(n, k)
    source = list(population) if pooled else population
    for i, j in enumerate(indices):
        result[i] = source[j]
    return result


# as random.Random.triangular
def triangular(self, low=0.0, high=1.0, mode=None):
    random = self.random
    u = random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


# as random.Random.normalvariate (Kinderman and Monahan)
def normalvariate(self, mu=0.0, sigma=1.0):
    random = self.random
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_log(u2):
            break
    return mu + z * sigma


def lognormvariate(self, mu, sigma):
    random = self.random
    return _exp(self.normalvariate(mu, sigma))


def expovariate(self, lambd):
    random = self.random
    return -_log(1.0 - random()) / lambd


# as random.Random.vonmisesvariate
def vonmisesvariate(self, mu, kappa):
    random = self.random
    if kappa <= 1e-6:
        return TWOPI * random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        u1 = random()
        z = _cos(_pi * u1)
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = random()
    if u3 > 0.5:
        return (mu + _acos(f)) % TWOPI
    return (mu - _acos(f)) % TWOPI


# as random.Random.gammavariate (Cheng's method above 1, Ahrens-Dieter below)
def gammavariate(self, alpha, beta):
    random = self.random
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - random()) * beta
    while True:
        u = random()
        b = (_e + alpha) / _e
        p = b * u
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_log((b - p) / alpha)
        u1 = random()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                break
        elif u1 <= _exp(-x):
            break
    return x * beta


def betavariate(self, alpha, beta):
    random = self.random
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


def paretovariate(self, alpha):
    random = self.random
    u = 1.0 - random()
    return u ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    random = self.random
    u = 1.0 - random()
    return alpha * (-_log(u)) ** (1.0 / beta)


# each becomes a method of Random (_add_method, native) and a module function bound to the
# module's hidden instance (_inst), as CPython's module functions are
for _name, _fn in [('choices', choices), ('sample', sample), ('triangular', triangular),
                   ('normalvariate', normalvariate), ('lognormvariate', lognormvariate),
                   ('expovariate', expovariate), ('vonmisesvariate', vonmisesvariate),
                   ('gammavariate', gammavariate), ('betavariate', betavariate),
                   ('paretovariate', paretovariate), ('weibullvariate', weibullvariate)]:
    _fn.__qualname__ = 'Random.' + _name
    _add_method(_name, _fn)
choices = _inst.choices
sample = _inst.sample
triangular = _inst.triangular
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
del _name, _fn, _add_method, _inst, _sample_indices


def _unsupported(name, why):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f'random.{name} is not supported in the playground: {why}')
    unsupported.__name__ = name
    return unsupported


getstate = _unsupported('getstate', 'the generator state cannot be saved; use random.seed(n) '
                        'to repeat a sequence')
setstate = _unsupported('setstate', 'the generator state cannot be restored; use '
                        'random.seed(n) to repeat a sequence')
randbytes = _unsupported('randbytes', 'bytes are not available yet')
SystemRandom = _unsupported('SystemRandom', 'there is no operating system randomness in the '
                            'browser; use random.Random()')

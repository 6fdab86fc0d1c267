"""itertools for the playground, written in Python. Each function checks its arguments when it
is called (as CPython's do) and returns an iterator; count and repeat have CPython's reprs.
Behaviour follows CPython 3.11; the code is the playground's own."""

import sys as _sys


# as PyNumber_Index: an int, or what a class's __index__ gives
def _index(value):
    if isinstance(value, int):
        return int(value)
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    result = hook(value)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return int(result)


def _index_arg(value, what):
    if value is None:
        return None
    if not isinstance(value, int) and getattr(type(value), '__index__', None) is not None:
        value = _index(value)
    if not isinstance(value, int) or value < 0 or value > _sys.maxsize:
        raise ValueError(f'{what} for islice() must be None or an integer: '
                         f'0 <= x <= sys.maxsize.')
    return value


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(v, "__add__"):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class repeat:
    """repeat(object[, times]): object again and again (times times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


def _cycle(saved, it):
    for element in it:
        yield element
        saved.append(element)
    while saved:
        yield from saved


def cycle(iterable, /):
    return _cycle([], iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    if initial is not None:
        return _accumulate_initial(it, func, initial)
    return _accumulate(it, func, None)


def _accumulate_initial(it, func, initial):
    total = initial
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            yield from it

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._gen = cls._run(iter(iterable))
        return c

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable, /):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable, /):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(function, iterable, /):
    return _filterfalse(function, iter(iterable))


class _Grouper:
    # the iterator of one group of groupby; it ends when the key changes
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _END:
            p._fill()
        if p._currvalue is _END or p._currkey != self._key:
            raise StopIteration
        value = p._currvalue
        p._currvalue = _END
        return value


_END = object()


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _END
        self._currkey = _END
        self._currvalue = _END
        self._grouper = None
        self._done = False

    def _fill(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._currvalue is _END:
                self._fill()
            if self._tgtkey is _END or self._currkey != self._tgtkey:
                break
            self._currvalue = _END
        self._tgtkey = self._currkey
        self._grouper = _Grouper(self, self._tgtkey)
        return (self._currkey, self._grouper)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        # consume what CPython consumes: nothing past stop
        for _ in range(stop):
            if next(it, _END) is _END:
                return
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # skip to stop as CPython does, then end
                for _ in range(i + 1, stop):
                    if next(it, _END) is _END:
                        return
                return
        i += 1
        if stop is not None and i >= stop:
            return


def islice(iterable, *args):
    if len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
        stop = _index_arg(stop, 'Stop argument')
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else 1
        stop = _index_arg(stop, 'Stop argument')
        start = 0 if start is None else _index_arg(start, 'Indices')
        if step is None:
            step = 1
        if not isinstance(step, int) or step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _pairwise(it):
    a = next(it, _END)
    if a is _END:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable, /):
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable, /):
    return _starmap(function, iter(iterable))


def _tee_gen(it, buffers, mine):
    while True:
        if not mine:
            value = next(it, _END)
            if value is _END:
                return
            for b in buffers:
                b.append(value)
        yield mine.pop(0)


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee_gen(it, buffers, b) for b in buffers)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            value = next(it, _END)
            if value is _END:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(tuple(iterable), r)

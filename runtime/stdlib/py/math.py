"""The Python half of the math module: the integer functions (gcd, lcm, factorial, comb, perm,
isqrt), prod, fsum (exactly rounded, as CPython's), dist, isclose, trunc, degrees, radians, ulp.
It runs in the namespace of the native module (runtime/stdlib/math_module.cpp), which holds the
floating-point functions. Results and messages follow CPython 3.11."""


# as PyNumber_Index: an int, or what a class's __index__ gives
def _index(n):
    if isinstance(n, int):
        return int(n)
    hook = getattr(type(n), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    value = hook(n)
    if not isinstance(value, int):
        raise TypeError(f"__index__ returned non-int (type {type(value).__name__})")
    return int(value)


def gcd(*integers):
    result = 0
    for n in integers:
        a, b = abs(result), abs(_index(n))
        while b:
            a, b = b, a % b
        result = a
    return result


def lcm(*integers):
    result = 1
    for n in integers:
        n = _index(n)
        if result == 0 or n == 0:
            result = 0
            continue
        result = abs(result * n) // gcd(result, n)
    return result


def factorial(n, /):
    n = _index(n)
    if n < 0:
        raise ValueError('factorial() not defined for negative values')
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def isqrt(n, /):
    n = _index(n)
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    # Newton's method from above on integers
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def comb(n, k, /):
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def perm(n, k=None, /):
    n = _index(n)
    if k is None:
        k = n
    k = _index(k)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result


def prod(iterable, /, *, start=1):
    result = start
    for x in iterable:
        result = result * x
    return result


# as mathmodule.c's math_fsum: Shewchuk's partials, then a half-even correction
def fsum(seq, /):
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    for x in seq:
        x = _as_float(x)
        xsave = x
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if not isfinite(x):
                if isfinite(xsave):
                    raise OverflowError('intermediate overflow in fsum')
                if isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                partials.clear()
            else:
                partials.append(x)
    if special_sum != 0.0:
        if isnan(inf_sum):
            raise ValueError('-inf + inf in fsum')
        return special_sum
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


# as mathmodule.c's vector_norm: scaled, with exact squares and sums and a final correction
def _vector_norm(vec, max_value, found_nan):
    if isinf(max_value):
        return max_value
    if found_nan:
        return nan
    if max_value == 0.0 or len(vec) <= 1:
        return max_value
    max_e = frexp(max_value)[1]
    if max_e < -1023:
        tiny = 2.2250738585072014e-308
        return tiny * _vector_norm([x / tiny for x in vec], max_value / tiny, found_nan)
    scale = ldexp(1.0, -max_e)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    for x in vec:
        x *= scale
        hi, lo = _dl_mul(x, x)
        csum, extra = _dl_fast_sum(csum, hi)
        frac1 += lo
        frac2 += extra
    h = sqrt(csum - 1.0 + (frac1 + frac2))
    hi, lo = _dl_mul(-h, h)
    csum, extra = _dl_fast_sum(csum, hi)
    frac1 += lo
    frac2 += extra
    x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale


def _dl_split(x):
    t = x * 134217729.0
    hi = t - (t - x)
    return hi, x - hi


def _dl_mul(x, y):
    xhi, xlo = _dl_split(x)
    yhi, ylo = _dl_split(y)
    p = xhi * yhi
    q = xhi * ylo + xlo * yhi
    z = p + q
    return z, p - z + q + xlo * ylo


def _dl_fast_sum(a, b):
    x = a + b
    return x, b - (x - a)


# as PyFloat_AsDouble: ints and floats, else the object's __float__ or __index__ (a Decimal)
def _as_float(x):
    if not isinstance(x, (int, float)):
        cls = type(x)
        if not (hasattr(cls, '__float__') or hasattr(cls, '__index__')):
            raise TypeError(f'must be real number, not {cls.__name__}')
    return float(x)


def hypot(*coordinates):
    vec = [fabs(_as_float(x)) for x in coordinates]
    found_nan = any(x != x for x in vec)
    return _vector_norm(vec, max([x for x in vec if x == x], default=0.0), found_nan)


def dist(p, q, /):
    if not isinstance(p, tuple):
        p = tuple(p)
    if not isinstance(q, tuple):
        q = tuple(q)
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    vec = [fabs(_as_float(a) - _as_float(b)) for a, b in zip(p, q)]
    found_nan = any(x != x for x in vec)
    return _vector_norm(vec, max([x for x in vec if x == x], default=0.0), found_nan)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _as_float(a), _as_float(b)
    rel_tol, abs_tol = _as_float(rel_tol), _as_float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = fabs(b - a)
    return (diff <= fabs(rel_tol * b) or diff <= fabs(rel_tol * a)) or diff <= abs_tol


def trunc(x, /):
    method = getattr(type(x), '__trunc__', None)
    if method is not None:
        return method(x)
    if isinstance(x, float):
        return int(x)
    raise TypeError(f"type {type(x).__name__} doesn't define __trunc__ method")


def degrees(x, /):
    return float(x) * (180.0 / pi)


def radians(x, /):
    return float(x) * (pi / 180.0)


def ulp(x, /):
    x = float(x)
    if isnan(x):
        return x
    x = fabs(x)
    if isinf(x):
        return x
    x2 = nextafter(x, inf)
    if isinf(x2):
        x2 = nextafter(x, -inf)
        return x - x2
    return x2 - x

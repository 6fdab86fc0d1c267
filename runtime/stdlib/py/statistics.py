"""statistics for the playground, written in Python: mean, fmean, geometric_mean,
harmonic_mean, median (low, high, grouped), mode, multimode, quantiles, variance, pvariance,
stdev, pstdev, covariance, correlation, linear_regression. Sums are exact (integer ratios), results are converted as CPython 3.11 does (an
int when all data are ints and the result is whole, else a correctly rounded float; stdev is the
correctly rounded square root), so printed values match; NormalDist. Fraction and Decimal data
give Fraction and Decimal results as statistics._coerce/_convert make them."""

import math as _math
import numbers as _numbers
from collections import Counter as _Counter, namedtuple as _namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'covariance', 'correlation',
           'linear_regression', 'LinearRegression', 'NormalDist']


class StatisticsError(ValueError):
    pass


def _is_decimal(cls):
    return any(c.__module__ == 'decimal' and c.__name__ == 'Decimal' for c in cls.__mro__)


def _ratio(x):
    # x as an exact (numerator, denominator)
    if isinstance(x, bool):
        return int(x), 1
    if isinstance(x, int):
        return x, 1
    if isinstance(x, (float, _numbers.Rational)) or _is_decimal(type(x)):
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _norm(n, d):
    if d < 0:
        n, d = -n, -d
    g = _math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(a, b):
    return _norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _to_float(n, d):
    # n/d correctly rounded (half to even) to a float
    if n == 0:
        return 0.0
    sign = -1.0 if n < 0 else 1.0
    n = abs(n)
    shift = n.bit_length() - d.bit_length() - 55
    if shift > 0:
        q, r = divmod(n, d << shift)
    else:
        q, r = divmod(n << -shift, d)
    extra = q.bit_length() - 53
    if extra > 0:
        low = q & ((1 << extra) - 1)
        q >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r != 0 or q & 1)):
            q += 1
        shift += extra
    return sign * _math.ldexp(float(q), shift)


# statistics._coerce: the type a sum of T and S values is given
def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, _numbers.Rational) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, _numbers.Rational):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _kind(data):
    # the result type as statistics._coerce decides it: int, float, Fraction or Decimal
    kind = int
    for x in data:
        S = type(x)
        if not (issubclass(S, (int, float, _numbers.Rational)) or _is_decimal(S)):
            raise TypeError(f"can't convert type '{S.__name__}' to numerator/denominator")
        kind = _coerce(kind, S)
    return kind


def _convert(value, kind):
    n, d = value
    if kind is int or kind is bool:
        if d == 1:
            return n
        return _to_float(n, d)
    if issubclass(kind, float):
        return _to_float(n, d)
    if _is_decimal(kind):
        return kind(n) / kind(d)
    return kind(n, d)


# statistics._decimal_sqrt_of_frac: the square root of n/m as a correctly rounded Decimal
def _decimal_sqrt(kind, n, m):
    if n <= 0:
        if not n:
            return kind('0.0')
        n, m = -n, -m
    root = (kind(n) / kind(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _exact_sum(data):
    total = (0, 1)
    for x in data:
        total = _add(total, _ratio(x))
    return total


def _special(data):
    # a float nan or inf among the data makes the plain float result the answer
    return any(isinstance(x, float) and not _math.isfinite(x) for x in data)


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    kind = _kind(data)
    if _special(data):
        return _math.fsum(data) / n
    total = _exact_sum(data)
    return _convert(_norm(total[0], total[1] * n), kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, _numbers.Real)) or _is_decimal(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    _kind(data)
    wsum = _exact_sum(weights)
    # each term is w / x as Python divides them (a float for ints and floats), summed exactly
    # and given the terms' type (as CPython's _sum)
    terms = [w / x if w else 0 for w, x in zip(weights, data)]
    kind = _kind(terms)
    total = (0, 1)
    for t in terms:
        total = _add(total, _ratio(t))
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_norm(wsum[0] * total[1], wsum[1] * total[0]), kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, str):
            raise TypeError(f'expected number but got {obj!r}')
    L = x - interval / 2
    # the first and last positions of x in the sorted data
    l1 = 0
    while data[l1] < x:
        l1 += 1
    l2 = n
    while data[l2 - 1] > x:
        l2 -= 1
    cf = l1
    f = l2 - l1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _sum_sq_dev(data, center):
    # (kind, exact sum of squared deviations, count); center None means the exact mean
    kind = _kind(data)
    n = len(data)
    if center is not None:
        total = (0, 1)
        c = _ratio(center)
        for x in data:
            dn, dd = _add(_ratio(x), (-c[0], c[1]))
            total = _add(total, (dn * dn, dd * dd))
        if isinstance(center, float):
            kind = float
        return kind, total, n
    sx = (0, 1)
    sxx = (0, 1)
    for x in data:
        xn, xd = _ratio(x)
        sx = _add(sx, (xn, xd))
        sxx = _add(sxx, (xn * xn, xd * xd))
    if n == 0:
        return kind, (0, 1), 0
    # (n * sxx - sx * sx) / n, exactly
    num = _add((n * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
    return kind, _norm(num[0], num[1] * n), n


# the square root of n/m rounded to odd, then to the nearest float (as 3.11's stdev)
def _isqrt_frac_rto(n, m):
    a = _math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return _to_float(_isqrt_frac_rto(n, m << 2 * q) << q, 1)
    return _to_float(_isqrt_frac_rto(n << -2 * q, m), 1 << -q)


def variance(data, xbar=None):
    data = list(data)
    kind, ss, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if _special(data):
        return float('nan')
    return _convert(_norm(ss[0], ss[1] * (n - 1)), kind)


def pvariance(data, mu=None):
    data = list(data)
    kind, ss, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if _special(data):
        return float('nan')
    return _convert(_norm(ss[0], ss[1] * n), kind)


def stdev(data, xbar=None):
    data = list(data)
    kind, ss, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if _special(data):
        return float('nan')
    mss = _norm(ss[0], ss[1] * (n - 1))
    if _is_decimal(kind):
        return _decimal_sqrt(kind, mss[0], mss[1])
    return _sqrt_frac(mss[0], mss[1])


def pstdev(data, mu=None):
    data = list(data)
    kind, ss, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if _special(data):
        return float('nan')
    mss = _norm(ss[0], ss[1] * n)
    if _is_decimal(kind):
        return _decimal_sqrt(kind, mss[0], mss[1])
    return _sqrt_frac(mss[0], mss[1])


# The two-variable functions sum in floats (math.fsum), as CPython 3.11's do.
def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


# sums of the products of deviations from the means: (sxy, sxx, syy)
def _deviation_sums(x, y, n):
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = _math.fsum((a - xbar) * (a - xbar) for a in x)
    syy = _math.fsum((b - ybar) * (b - ybar) for b in y)
    return sxy, sxx, syy, xbar, ybar


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    return _deviation_sums(x, y, n)[0] / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    sxy, sxx, syy, _, _ = _deviation_sums(x, y, n)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


# least squares: slope sxy / sxx; through the origin when proportional
def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _math.fsum(a * b for a, b in zip(x, y))
        sxx = _math.fsum(a * a for a in x)
    else:
        sxy, sxx, _, xbar, ybar = _deviation_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# Wichura's algorithm AS241 (PPND16) coefficients, highest power first: the central region
# (|p - 0.5| <= 0.425), the near tail (r <= 5) and the far tail, numerator then denominator
_AS241 = (
    ((2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
      4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
      1.3314166789178437745e+2, 3.3871328727963666080e+0),
     (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
      2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
      4.2313330701600911252e+1, 1.0)),
    ((7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
      1.2704582524523683826e+0, 3.6478483247632046050e+0, 5.7694972214606914055e+0,
      4.6303378461565452959e+0, 1.4234371107496835773e+0),
     (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
      1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
      2.0531916266377588219e+0, 1.0)),
    ((2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
      2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
      5.4637849111641143699e+0, 6.6579046435011037772e+0),
     (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
      7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
      5.9983220655588793769e-1, 1.0)))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# the normal quantile for probability p (as CPython's _normal_dist_inv_cdf, same float steps)
def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241[0]
        return mu + (_horner(num, r) * q / _horner(den, r) * sigma)
    r = _math.sqrt(-_math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        num, den = _AS241[1]
        r = r - 1.6
    else:
        num, den = _AS241[2]
        r = r - 5.0
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal distribution of a random variable: mean mu, standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        # the exact mean and sample standard deviation, each rounded once (as _mean_stdev)
        data = list(data)
        if len(data) < 2:
            raise StatisticsError('stdev requires at least two data points')
        if _special(data):
            total = sum(x for x in data if isinstance(x, float) and not _math.isfinite(x))
            return cls(total, total / total)
        return cls(float(mean(data)), stdev(data))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        # the area shared by the two density curves, from where they cross
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = _math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _math.sqrt(dm * dm + dv * _math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (_math.fabs(Y.cdf(x1) - X.cdf(x1)) + _math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * _math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / _math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


_SQRT2 = _math.sqrt(2.0)

"""cmath: mathematical functions for complex numbers, with CPython 3.11's results bit for bit
(the same formulas over the same libm functions, in the same order), its branch cuts, signed
zeros and special values (C99 Annex G tables), and its errors: ValueError "math domain error",
OverflowError "math range error". Written over the math module (libm) and complex's own
arithmetic (abs() of a complex is libm's hypot)."""

import math as _m

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose",
           "isfinite", "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin",
           "sinh", "sqrt", "tan", "tanh", "pi", "e", "tau", "inf", "infj", "nan", "nanj"]

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_copysign = _m.copysign
_isfinite = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan
_atan2 = _m.atan2
_log = _m.log
_sqrt = _m.sqrt
_ldexp = _m.ldexp
_asinh = _m.asinh
_cos = _m.cos
_sin = _m.sin

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
_MANT_DIG = 53
_SCALE_UP = 53
_SCALE_DOWN = -27
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


class _DomainError(Exception):
    pass


class _RangeError(Exception):
    pass


# libm's functions where the math module raises on overflow (libm gives an infinity)
def _exp(x):
    try:
        return _m.exp(x)
    except OverflowError:
        return inf


def _cosh(x):
    try:
        return _m.cosh(x)
    except OverflowError:
        return inf


def _sinh(x):
    try:
        return _m.sinh(x)
    except OverflowError:
        return _copysign(inf, x)


def _hypot(x, y):  # libm's hypot, for finite arguments whose result is finite
    return abs(complex(x, y))


def _log1p(x):  # as _Py_log1p: keeps the sign of a zero
    return x if x == 0.0 else _m.log1p(x)


# The special-value tables: row = kind of the real part, column = kind of the imaginary part,
# kinds ordered -inf, negative, -0, +0, positive, +inf, nan (as cmathmodule.c's special_type).
def _kind(d):
    if _isnan(d):
        return 6
    if _isinf(d):
        return 5 if d > 0 else 0
    if d == 0.0:
        return 2 if _copysign(1.0, d) < 0 else 3
    return 4 if d > 0 else 1


_P = pi
_P14 = 0.25 * pi
_P12 = 0.5 * pi
_P34 = 0.75 * pi
_U = None  # a finite argument never reads these


def _table(text):
    # "a,b" pairs separated by spaces, rows by "/"; names stand for the constants above
    names = {"P": _P, "P14": _P14, "P12": _P12, "P34": _P34, "INF": inf, "N": nan,
             "-P": -_P, "-P14": -_P14, "-P12": -_P12, "-P34": -_P34, "-INF": -inf,
             "0": 0.0, "-0": -0.0, "1": 1.0, "-1": -1.0}
    rows = []
    for row in text.split("/"):
        cells = []
        for cell in row.split():
            if cell == "U":
                cells.append(None)
            else:
                re_name, im_name = cell.split(",")
                cells.append((names[re_name], names[im_name]))
        rows.append(cells)
    return rows


_ACOS = _table(
    "P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF /"
    "P12,INF U U U U P12,-INF N,N /"
    "P12,INF U P12,0 P12,-0 U P12,-INF P12,N /"
    "P12,INF U P12,0 P12,-0 U P12,-INF P12,N /"
    "P12,INF U U U U P12,-INF N,N /"
    "P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF /"
    "N,INF N,N N,N N,N N,N N,-INF N,N")
_ACOSH = _table(
    "INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N /"
    "INF,-P12 U U U U INF,P12 N,N /"
    "INF,-P12 U 0,-P12 0,P12 U INF,P12 N,N /"
    "INF,-P12 U 0,-P12 0,P12 U INF,P12 N,N /"
    "INF,-P12 U U U U INF,P12 N,N /"
    "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N /"
    "INF,N N,N N,N N,N N,N INF,N N,N")
_ASINH = _table(
    "-INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N /"
    "-INF,-P12 U U U U -INF,P12 N,N /"
    "-INF,-P12 U -0,-0 -0,0 U -INF,P12 N,N /"
    "INF,-P12 U 0,-0 0,0 U INF,P12 N,N /"
    "INF,-P12 U U U U INF,P12 N,N /"
    "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N /"
    "INF,N N,N N,-0 N,0 N,N INF,N N,N")
_ATANH = _table(
    "-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N /"
    "-0,-P12 U U U U -0,P12 N,N /"
    "-0,-P12 U -0,-0 -0,0 U -0,P12 -0,N /"
    "0,-P12 U 0,-0 0,0 U 0,P12 0,N /"
    "0,-P12 U U U U 0,P12 N,N /"
    "0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N /"
    "0,-P12 N,N N,N N,N N,N 0,P12 N,N")
_COSH = _table(
    "INF,N U INF,0 INF,-0 U INF,N INF,N /"
    "N,N U U U U N,N N,N /"
    "N,0 U 1,0 1,-0 U N,0 N,0 /"
    "N,0 U 1,-0 1,0 U N,0 N,0 /"
    "N,N U U U U N,N N,N /"
    "INF,N U INF,-0 INF,0 U INF,N INF,N /"
    "N,N N,N N,0 N,0 N,N N,N N,N")
_EXP = _table(
    "0,0 U 0,-0 0,0 U 0,0 0,0 /"
    "N,N U U U U N,N N,N /"
    "N,N U 1,-0 1,0 U N,N N,N /"
    "N,N U 1,-0 1,0 U N,N N,N /"
    "N,N U U U U N,N N,N /"
    "INF,N U INF,-0 INF,0 U INF,N INF,N /"
    "N,N N,N N,-0 N,0 N,N N,N N,N")
_LOG = _table(
    "INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N /"
    "INF,-P12 U U U U INF,P12 N,N /"
    "INF,-P12 U -INF,-P -INF,P U INF,P12 N,N /"
    "INF,-P12 U -INF,-0 -INF,0 U INF,P12 N,N /"
    "INF,-P12 U U U U INF,P12 N,N /"
    "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N /"
    "INF,N N,N N,N N,N N,N INF,N N,N")
_SINH = _table(
    "INF,N U -INF,-0 -INF,0 U INF,N INF,N /"
    "N,N U U U U N,N N,N /"
    "0,N U -0,-0 -0,0 U 0,N 0,N /"
    "0,N U 0,-0 0,0 U 0,N 0,N /"
    "N,N U U U U N,N N,N /"
    "INF,N U INF,-0 INF,0 U INF,N INF,N /"
    "N,N N,N N,-0 N,0 N,N N,N N,N")
_SQRT = _table(
    "INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF /"
    "INF,-INF U U U U INF,INF N,N /"
    "INF,-INF U 0,-0 0,0 U INF,INF N,N /"
    "INF,-INF U 0,-0 0,0 U INF,INF N,N /"
    "INF,-INF U U U U INF,INF N,N /"
    "INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N /"
    "INF,-INF N,N N,N N,N N,N INF,INF N,N")
_TANH = _table(
    "-1,0 U -1,-0 -1,0 U -1,0 -1,0 /"
    "N,N U U U U N,N N,N /"
    "N,N U -0,-0 -0,0 U N,N N,N /"
    "N,N U 0,-0 0,0 U N,N N,N /"
    "N,N U U U U N,N N,N /"
    "1,0 U 1,-0 1,0 U 1,0 1,0 /"
    "N,N N,N N,-0 N,0 N,N N,N N,N")
_RECT = _table(
    "INF,N U -INF,0 -INF,-0 U INF,N INF,N /"
    "N,N U U U U N,N N,N /"
    "0,0 U -0,0 -0,-0 U 0,0 0,0 /"
    "0,0 U 0,-0 0,0 U 0,0 0,0 /"
    "N,N U U U U N,N N,N /"
    "INF,N U INF,-0 INF,0 U INF,N INF,N /"
    "N,N N,N N,0 N,0 N,N N,N N,N")


def _special(table, x, y):
    return table[_kind(x)][_kind(y)]


def _real(v):  # a float argument (as PyFloat_AsDouble)
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    cls = type(v)
    if hasattr(cls, "__float__") or hasattr(cls, "__index__"):
        return float(v)
    raise TypeError(f"must be real number, not {cls.__name__}")


def _parts(z):  # a complex argument (as PyComplex_AsCComplex)
    if isinstance(z, complex):
        return z.real, z.imag
    hook = getattr(type(z), "__complex__", None)
    if hook is not None:
        c = hook(z)
        if not isinstance(c, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(c).__name__})")
        return c.real, c.imag
    return _real(z), 0.0


def _result(fn, z):
    x, y = _parts(z)
    try:
        re, im = fn(x, y)
    except _DomainError:
        raise ValueError("math domain error") from None
    except _RangeError:
        raise OverflowError("math range error") from None
    return complex(re, im)


# The functions on (real, imaginary) pairs; each mirrors the cmathmodule.c function it names.

def _c_sqrt(x, y):  # as cmath_sqrt_impl
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_SQRT, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _c_log(x, y):  # as c_log
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_LOG, x, y)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _log(_hypot(_ldexp(ax, _MANT_DIG), _ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            raise _DomainError
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x)


def _c_acos(x, y):  # as cmath_acos_impl
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ACOS, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return (_atan2(abs(y), x),
                -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y))
    s1 = _c_sqrt(1.0 - x, -y)
    s2 = _c_sqrt(1.0 + x, y)
    return (2.0 * _atan2(s1[0], s2[0]), _asinh(s2[0] * s1[1] - s2[1] * s1[0]))


def _c_acosh(x, y):  # as cmath_acosh_impl
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ACOSH, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return (_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x))
    s1 = _c_sqrt(x - 1.0, y)
    s2 = _c_sqrt(x + 1.0, y)
    return (_asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2.0 * _atan2(s1[1], s2[0]))


def _c_asinh(x, y):  # as cmath_asinh_impl
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ASINH, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        re = _copysign(big, x) if y >= 0.0 else -_copysign(big, -x)
        return re, _atan2(y, abs(x))
    s1 = _c_sqrt(1.0 + y, -x)
    s2 = _c_sqrt(1.0 - y, x)
    return (_asinh(s1[0] * s2[1] - s2[0] * s1[1]), _atan2(y, s1[0] * s2[0] - s1[1] * s2[1]))


def _c_asin(x, y):  # asin(z) = -i asinh(iz)
    re, im = _c_asinh(-y, x)
    return im, -re


def _c_atanh(x, y):  # as cmath_atanh_impl
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ATANH, x, y)
    if x < 0.0:
        re, im = _c_atanh(-x, -y)
        return -re, -im
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, _copysign(pi / 2.0, y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _DomainError
        return (-_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0))), _copysign(_atan2(2.0, -ay) / 2, y))
    return (_log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _c_atan(x, y):  # atan(z) = -i atanh(iz)
    re, im = _c_atanh(-y, x)
    return im, -re


def _c_cosh(x, y):  # as cmath_cosh_impl
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = (_copysign(inf, _cos(y)), _copysign(inf, _sin(y)))
            else:
                r = (_copysign(inf, _cos(y)), -_copysign(inf, _sin(y)))
        else:
            r = _special(_COSH, x, y)
        if _isinf(y) and not _isnan(x):
            raise _DomainError
        return r
    if abs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        r = (_cos(y) * _cosh(x1) * e, _sin(y) * _sinh(x1) * e)
    else:
        r = (_cos(y) * _cosh(x), _sin(y) * _sinh(x))
    if _isinf(r[0]) or _isinf(r[1]):
        raise _RangeError
    return r


def _c_cos(x, y):  # cos(z) = cosh(iz)
    return _c_cosh(-y, x)


def _c_sinh(x, y):  # as cmath_sinh_impl
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = (_copysign(inf, _cos(y)), _copysign(inf, _sin(y)))
            else:
                r = (-_copysign(inf, _cos(y)), _copysign(inf, _sin(y)))
        else:
            r = _special(_SINH, x, y)
        if _isinf(y) and not _isnan(x):
            raise _DomainError
        return r
    if abs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        r = (_cos(y) * _sinh(x1) * e, _sin(y) * _cosh(x1) * e)
    else:
        r = (_cos(y) * _sinh(x), _sin(y) * _cosh(x))
    if _isinf(r[0]) or _isinf(r[1]):
        raise _RangeError
    return r


def _c_sin(x, y):  # sin(z) = -i sinh(iz)
    re, im = _c_sinh(-y, x)
    return im, -re


def _c_tanh(x, y):  # as cmath_tanh_impl
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            r = (1.0 if x > 0 else -1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y)))
        else:
            r = _special(_TANH, x, y)
        if _isinf(y) and _isfinite(x):
            raise _DomainError
        return r
    if abs(x) > _LOG_LARGE:
        return (_copysign(1.0, x), 4.0 * _sin(y) * _cos(y) * _exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _c_tan(x, y):  # tan(z) = -i tanh(iz)
    re, im = _c_tanh(-y, x)
    return im, -re


def _c_exp(x, y):  # as cmath_exp_impl
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = (_copysign(inf, _cos(y)), _copysign(inf, _sin(y)))
            else:
                r = (_copysign(0.0, _cos(y)), _copysign(0.0, _sin(y)))
        else:
            r = _special(_EXP, x, y)
        if _isinf(y) and (_isfinite(x) or (_isinf(x) and x > 0)):
            raise _DomainError
        return r
    if x > _LOG_LARGE:
        l = _exp(x - 1.0)
        r = (l * _cos(y) * e, l * _sin(y) * e)
    else:
        l = _exp(x)
        r = (l * _cos(y), l * _sin(y))
    if _isinf(r[0]) or _isinf(r[1]):
        raise _RangeError
    return r


# The argument checks of CPython's builtins (a module function is called with *args, **kw and
# checks them as CPython does before converting anything).
def _one(name, args, kw):  # as a METH_O function: no keywords, exactly one argument
    if kw:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"cmath.{name}() takes exactly one argument ({len(args)} given)")
    return args[0]


def _count(name, args, kw, least, most):  # as _PyArg_NoKwnames then _PyArg_CheckPositional
    if kw:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    n = len(args)
    if least <= n <= most:
        return args
    if least == most:
        want = f"expected {least} argument{'s' if least != 1 else ''}"
    elif n < least:
        want = f"expected at least {least} argument{'s' if least != 1 else ''}"
    else:
        want = f"expected at most {most} argument{'s' if most != 1 else ''}"
    raise TypeError(f"{name} {want}, got {n}")


def _isclose_args(args, kw):  # as _PyArg_UnpackKeywords for (a, b, *, rel_tol, abs_tol)
    names = ("a", "b", "rel_tol", "abs_tol")
    n, nkw = len(args), len(kw)
    if nkw == 0 and n == 2:
        return args[0], args[1], 1e-09, 0.0
    if n + nkw > 4:
        what = "keyword arguments" if n == 0 else "arguments"
        raise TypeError(f"isclose() takes at most 4 {what} ({n + nkw} given)")
    if n > 2:
        raise TypeError(f"isclose() takes exactly 2 positional arguments ({n} given)")
    out = list(args) + [_missing] * (4 - n)
    left = nkw
    for i in range(n, 4):
        if left:
            out[i] = kw.get(names[i], _missing)
        elif i >= 2:
            break
        if out[i] is not _missing:
            left -= 1
        elif i < 2:
            raise TypeError(f"isclose() missing required argument '{names[i]}' (pos {i + 1})")
    if left:
        for i in range(n):
            if names[i] in kw:
                raise TypeError(f"argument for isclose() given by name ('{names[i]}') and "
                                f"position ({i + 1})")
        for key in kw:
            if key not in names:
                raise TypeError(f"{key!r} is an invalid keyword argument for isclose()")
    rel_tol = 1e-09 if out[2] is _missing else out[2]
    abs_tol = 0.0 if out[3] is _missing else out[3]
    return out[0], out[1], rel_tol, abs_tol


_missing = object()


def sqrt(*z, **kw):
    return _result(_c_sqrt, _one("sqrt", z, kw))


def exp(*z, **kw):
    return _result(_c_exp, _one("exp", z, kw))


def acos(*z, **kw):
    return _result(_c_acos, _one("acos", z, kw))


def acosh(*z, **kw):
    return _result(_c_acosh, _one("acosh", z, kw))


def asin(*z, **kw):
    return _result(_c_asin, _one("asin", z, kw))


def asinh(*z, **kw):
    return _result(_c_asinh, _one("asinh", z, kw))


def atan(*z, **kw):
    return _result(_c_atan, _one("atan", z, kw))


def atanh(*z, **kw):
    return _result(_c_atanh, _one("atanh", z, kw))


def cos(*z, **kw):
    return _result(_c_cos, _one("cos", z, kw))


def cosh(*z, **kw):
    return _result(_c_cosh, _one("cosh", z, kw))


def sin(*z, **kw):
    return _result(_c_sin, _one("sin", z, kw))


def sinh(*z, **kw):
    return _result(_c_sinh, _one("sinh", z, kw))


def tan(*z, **kw):
    return _result(_c_tan, _one("tan", z, kw))


def tanh(*z, **kw):
    return _result(_c_tanh, _one("tanh", z, kw))


def _log_errno(z):  # c_log and whether it set EDOM
    x, y = _parts(z)
    try:
        return _c_log(x, y), False
    except _DomainError:
        return (-inf, _atan2(y, x)), True


def log(*args, **kw):  # as cmath_log_impl: each c_log sets errno, then the quotient may
    args = _count("log", args, kw, 1, 2)
    r, bad = _log_errno(args[0])
    if len(args) == 2:
        b, bad = _log_errno(args[1])
        try:
            q = complex(*r) / complex(*b)
        except ZeroDivisionError:
            raise ValueError("math domain error") from None
        r = (q.real, q.imag)
    if bad:
        raise ValueError("math domain error")
    return complex(*r)


def log10(*z, **kw):
    r, bad = _log_errno(_one("log10", z, kw))
    if bad:
        raise ValueError("math domain error")
    return complex(r[0] / _LN10, r[1] / _LN10)


def phase(*z, **kw):  # CPython's phase raises when atan2 reports underflow (errno ERANGE):
    x, y = _parts(_one("phase", z, kw))  # a nonzero y over a finite x that rounds to 0
    phi = _atan2(y, x)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        raise OverflowError("math range error")
    return phi


def _abs(x, y):  # as _Py_c_abs, with overflow as the range error
    try:
        return abs(complex(x, y))
    except OverflowError:
        raise OverflowError("math range error") from None


def polar(*z, **kw):
    x, y = _parts(_one("polar", z, kw))
    return _abs(x, y), _atan2(y, x)


def rect(*args, **kw):  # as cmath_rect_impl
    args = _count("rect", args, kw, 2, 2)
    r = _real(args[0])
    phi = _real(args[1])
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                z = (_copysign(inf, _cos(phi)), _copysign(inf, _sin(phi)))
            else:
                z = (-_copysign(inf, _cos(phi)), -_copysign(inf, _sin(phi)))
        else:
            z = _special(_RECT, r, phi)
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            raise ValueError("math domain error")
        return complex(*z)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(*z, **kw):
    x, y = _parts(_one("isfinite", z, kw))
    return _isfinite(x) and _isfinite(y)


def isnan(*z, **kw):
    x, y = _parts(_one("isnan", z, kw))
    return _isnan(x) or _isnan(y)


def isinf(*z, **kw):
    x, y = _parts(_one("isinf", z, kw))
    return _isinf(x) or _isinf(y)


def isclose(*args, **kw):
    a, b, rel_tol, abs_tol = _isclose_args(args, kw)
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False

    def size(x, y):
        try:
            return abs(complex(x, y))
        except OverflowError:
            return inf

    diff = size(ax - bx, ay - by)
    return diff <= rel_tol * size(bx, by) or diff <= rel_tol * size(ax, ay) or diff <= abs_tol

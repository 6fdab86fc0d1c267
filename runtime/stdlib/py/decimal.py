"""decimal for the playground, written in Python: decimal floating point as CPython 3.11's
_decimal (libmpdec) computes it. Decimal from str/int/float/tuple/Decimal; str, repr, format;
arithmetic, comparisons with int/float/Fraction, hash, int/float/round; quantize, the
to_integral family, normalize, sqrt, exp/ln/log10 (correctly rounded), power, the logical and
shift operations, next_*, fma; Context, getcontext/setcontext/localcontext (per asyncio task,
through contextvars), the signals and flags/traps. The 'n' format type uses the C locale (the
playground has no other); an uncaught decimal error shows this module's frames, where
CPython's C module shows none."""

import contextvars as _contextvars
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'


ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# The signals and the conditions that raise InvalidOperation, in CPython's hierarchy.
class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# libmpdec's signal order (flags, traps, which exception a trap raises) and condition order
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext)

# libmpdec's flag bits, the order Context's repr lists the signals in; InvalidOperation's bit
# is its lowest condition's (a flag or trap set from Python sets ConversionSyntax's too)
_BITS = {Clamped: 0, DivisionByZero: 2, Inexact: 6, FloatOperation: 10, Overflow: 11,
         Rounded: 12, Subnormal: 13, Underflow: 14}
_INVALID_BITS = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4,
                 InvalidContext: 7, InvalidOperation: 8}


def _repr_signals(d):
    on = [(_BITS.get(k, v), k.__name__) for k, v in d.items() if v]
    return ', '.join(name for _, name in sorted(on))
_SIGNALS_ERROR = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, '
                  'DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                  '   Clamped]')

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _nd(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    return len(str(n))


def _pow10(n):
    return 10 ** n


def _check_status(ctx, st):
    """Record the conditions of one operation in ctx's flags and raise the trapped ones, as
    _decimal's dec_addstatus."""
    if not st:
        return
    flags = ctx._flags
    for cond in st:
        if cond in _CONDITIONS:
            # the flag remembers libmpdec's lowest condition bit: Context's repr orders by it
            bit = _INVALID_BITS[cond]
            cur = flags[InvalidOperation]
            flags[InvalidOperation] = bit if not cur else min(cur, bit)
        else:
            flags[cond] = True
    traps = ctx._traps
    raised = None
    for sig in _SIGNALS:
        if sig in flags and traps[sig] and (sig in st or (sig is InvalidOperation and
                                                          any(c in st for c in _CONDITIONS))):
            raised = sig
            break
    if raised is None:
        return
    names = []
    if traps[InvalidOperation]:
        names = [c for c in _CONDITIONS if c in st]
    for sig in _SIGNALS[1:]:
        if sig in st and traps[sig]:
            names.append(sig)
    raise raised(names)


def _incr(q, rnd, rounding, sign):
    """Whether the kept coefficient q goes up by one; rnd sums up the dropped digits: 0 none,
    1-4 below half, 5 half, 6-9 above half (libmpdec's _mpd_rnd_incr)."""
    if rnd == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return rnd > 5 or (rnd == 5 and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return rnd >= 5
    if rounding == ROUND_HALF_DOWN:
        return rnd > 5
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0  # ROUND_05UP


def _shr(coef, n):
    """coef without its last n digits, and the rnd digit that sums up the dropped ones."""
    if n <= 0:
        return coef, 0
    if n > _nd(coef) + 1:
        return 0, (1 if coef else 0)
    p = _pow10(n)
    q, r = divmod(coef, p)
    if r == 0:
        return q, 0
    half = p // 2
    if r < half:
        return q, 1
    if r == half:
        return q, 5
    return q, 6


def _dec(sign, coef, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


def _nan(sign=0, payload=0):
    return _dec(sign, payload, 'n', True)


def _inf(sign):
    return _dec(sign, 0, 'F', True)


def _overflow(sign, ctx, st):
    st.update((Overflow, Inexact, Rounded))
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        return _inf(sign)
    return _dec(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _fin(sign, coef, exp, ctx, st):
    """The finite sign/coef/exp fitted to ctx: libmpdec's mpd_qfinalize (check_exp then
    check_round)."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    nd = _nd(coef)
    adj = exp + nd - 1
    if adj > emax:
        if coef == 0:
            st.add(Clamped)
            return _dec(sign, 0, emax - prec + 1 if ctx.clamp else emax)
        return _overflow(sign, ctx, st)
    etop = emax - prec + 1
    if ctx.clamp and exp > etop:
        shift = exp - etop
        coef *= _pow10(shift)
        st.add(Clamped)
        if coef and adj < emin:
            st.add(Subnormal)
        return _dec(sign, coef, etop)
    if adj < emin:
        etiny = emin - prec + 1
        if coef == 0:
            if exp < etiny:
                st.add(Clamped)
                exp = etiny
            return _dec(sign, 0, exp)
        st.add(Subnormal)
        if exp < etiny:
            q, rnd = _shr(coef, etiny - exp)
            if _incr(q, rnd, ctx.rounding, sign):
                q += 1
            st.add(Rounded)
            if rnd:
                st.update((Inexact, Underflow))
                if q == 0:
                    st.add(Clamped)
            return _dec(sign, q, etiny)
        return _dec(sign, coef, exp)
    if coef and nd > prec:
        shift = nd - prec
        q, rnd = _shr(coef, shift)
        exp += shift
        st.add(Rounded)
        if rnd:
            st.add(Inexact)
        if _incr(q, rnd, ctx.rounding, sign):
            q += 1
            if q == _pow10(prec):
                q //= 10
                exp += 1
                if exp + prec - 1 > emax:
                    return _overflow(sign, ctx, st)
        return _dec(sign, q, exp)
    return _dec(sign, coef, exp)


def _fix_nan(d, ctx):
    """A NaN result whose payload keeps at most prec - clamp digits (_mpd_fix_nan)."""
    p = ctx.prec - ctx.clamp
    if d._int and _nd(d._int) > p:
        return _dec(d._sign, d._int % _pow10(p) if p > 0 else 0, d._exp, True)
    return d


def _quiet(d, ctx):
    return _fix_nan(_dec(d._sign, d._int, 'n', True), ctx)


def _check_nan(a, ctx, st):
    """The NaN result of a one-operand operation, or None (mpd_qcheck_nan)."""
    if a._exp == 'N':
        st.add(InvalidOperation)
        return _quiet(a, ctx)
    if a._exp == 'n':
        return _quiet(a, ctx)
    return None


def _check_nans(a, b, ctx, st):
    """The NaN result of a two-operand operation, or None (mpd_qcheck_nans)."""
    if not (a._exp in ('n', 'N') or b._exp in ('n', 'N')):
        return None
    if a._exp == 'N':
        st.add(InvalidOperation)
        return _quiet(a, ctx)
    if b._exp == 'N':
        st.add(InvalidOperation)
        return _quiet(b, ctx)
    if a._exp == 'n':
        return _quiet(a, ctx)
    return _quiet(b, ctx)


def _invalid(st, cond=InvalidOperation):
    st.add(cond)
    return _nan()


def _isnan(d):
    return d._exp in ('n', 'N')


def _isinf(d):
    return d._exp == 'F'


def _adj(d):
    return d._exp + _nd(d._int) - 1


def _cmp(a, b):
    """-1, 0 or 1 comparing two numbers that are not NaN (_mpd_cmp)."""
    if a._is_special or b._is_special:
        va = 0 if not a._is_special else (-1 if a._sign else 1)
        vb = 0 if not b._is_special else (-1 if b._sign else 1)
        if va == vb:
            return 0
        if va != 0 and vb != 0:
            return -1 if va < vb else 1
        if va != 0:
            return va
        return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa, ab = _adj(a), _adj(b)
    if aa != ab:
        return s if aa > ab else -s
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= _pow10(a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= _pow10(b._exp - a._exp)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _cmp_abs(a, b):
    return _cmp(_dec(0, a._int, a._exp, a._is_special), _dec(0, b._int, b._exp, b._is_special))


def _is_integer(d):
    if d._is_special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % _pow10(-d._exp) == 0


# ---- arithmetic on Decimals with a status set (the mpd_q* functions) ----

def _add(a, b, ctx, st, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a):
            if _isinf(b) and a._sign != bsign:
                return _invalid(st)
            return _inf(a._sign)
        return _inf(bsign)
    asign = a._sign
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    prec = ctx.prec
    if ca == 0 or cb == 0:
        if ca == 0 and cb == 0:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _fin(sign, 0, min(ea, eb), ctx, st)
        if ca == 0:
            ca, ea, cb, eb, asign, bsign = cb, eb, ca, ea, bsign, asign
        # a + 0: the exponent goes down to the zero's, but no further than prec + 1 digits
        exp = min(ea, max(eb, ea + _nd(ca) - prec - 1))
        return _fin(asign, ca * _pow10(ea - exp), exp, ctx, st)
    # a far smaller operand only counts as a sticky digit
    if ea < eb:
        ca, ea, cb, eb, asign, bsign = cb, eb, ca, ea, bsign, asign
    hi = max(ea + _nd(ca) - 1, eb + _nd(cb) - 1)
    lim = min(ea, hi - prec - 1) - 1
    if eb + _nd(cb) - 1 < lim:
        cb, eb = 1, lim
    ca *= _pow10(ea - eb)
    va = -ca if asign else ca
    vb = -cb if bsign else cb
    s = va + vb
    if s == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fin(sign, 0, eb, ctx, st)
    return _fin(1 if s < 0 else 0, abs(s), eb, ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if (_isinf(a) and not b._is_special and b._int == 0) or \
                (_isinf(b) and not a._is_special and a._int == 0):
            return _invalid(st)
        return _inf(sign)
    return _fin(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a):
            if _isinf(b):
                return _invalid(st)
            return _inf(sign)
        st.add(Clamped)
        return _dec(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, DivisionUndefined)
        st.add(DivisionByZero)
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fin(sign, 0, ideal, ctx, st)
    prec = ctx.prec
    shift = _nd(b._int) - _nd(a._int) + prec + 1
    if shift >= 0:
        q, r = divmod(a._int * _pow10(shift), b._int)
    else:
        q, r = divmod(a._int, b._int * _pow10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fin(sign, q, exp, ctx, st)


def _divmod_finite(a, b, ctx, st, want_q, want_r):
    """Integer quotient and remainder of finite a, b with b != 0 (_mpd_qdivmod); None for the
    parts not wanted; DivisionImpossible when the quotient needs more than prec digits."""
    sign = a._sign ^ b._sign
    exp = min(a._exp, b._exp)
    if a._int == 0 or _cmp_abs(a, b) < 0:
        q = _fin(sign, 0, 0, ctx, st) if want_q else None
        r = _fin(a._sign, a._int * _pow10(a._exp - exp), exp, ctx, st) if want_r else None
        return q, r
    if _adj(a) - _adj(b) > ctx.prec:
        st.add(DivisionImpossible)
        return _nan(), _nan()
    ca = a._int * _pow10(a._exp - exp)
    cb = b._int * _pow10(b._exp - exp)
    qi, ri = divmod(ca, cb)
    if _nd(qi) > ctx.prec:
        st.add(DivisionImpossible)
        return _nan(), _nan()
    q = _fin(sign, qi, 0, ctx, st) if want_q else None
    r = _fin(a._sign, ri, exp, ctx, st) if want_r else None
    return q, r


def _divint(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a):
            if _isinf(b):
                return _invalid(st)
            return _inf(sign)
        return _dec(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, DivisionUndefined)
        st.add(DivisionByZero)
        return _inf(sign)
    return _divmod_finite(a, b, ctx, st, True, False)[0]


def _rem(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a):
            return _invalid(st)
        return _fin(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, DivisionUndefined)
        return _invalid(st)
    return _divmod_finite(a, b, ctx, st, False, True)[1]


def _divmod(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r, r
        if _isinf(a):
            if _isinf(b):
                n = _invalid(st)
                return n, n
            st.add(InvalidOperation)
            return _inf(sign), _nan()
        return _dec(sign, 0, 0), _fin(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(st, DivisionUndefined)
            return n, n
        st.update((DivisionByZero, InvalidOperation))
        return _inf(sign), _nan()
    return _divmod_finite(a, b, ctx, st, True, True)


def _rem_near(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a):
            return _invalid(st)
        return _fin(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, DivisionUndefined)
        return _invalid(st)
    exp = min(a._exp, b._exp)
    if a._int == 0:
        return _fin(a._sign, 0, exp, ctx, st)
    if _adj(a) - _adj(b) > ctx.prec:
        return _invalid(st, DivisionImpossible)
    ca = a._int * _pow10(a._exp - exp)
    cb = b._int * _pow10(b._exp - exp)
    q, r = divmod(ca, cb)
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r -= cb
    if _nd(q) > ctx.prec:
        return _invalid(st, DivisionImpossible)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fin(sign, r, exp, ctx, st)


def _plus(a, ctx, st, negate=False):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _inf(a._sign ^ 1 if negate else a._sign)
    if a._int == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    else:
        sign = a._sign ^ 1 if negate else a._sign
    return _fin(sign, a._int, a._exp, ctx, st)


def _abs(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _inf(0)
    return _fin(0, a._int, a._exp, ctx, st)


def _fma(a, b, c, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        p = _check_nans(a, b, ctx, st)
        if p is None:
            if (_isinf(a) and not b._is_special and b._int == 0) or \
                    (_isinf(b) and not a._is_special and a._int == 0):
                return _invalid(st)
            p = _inf(sign)
        elif InvalidOperation in st:
            return p
    else:
        p = _dec(sign, a._int * b._int, a._exp + b._exp)
    return _add(p, c, ctx, st)


# ---- rescaling, rounding to integers ----

def _rescale(a, exp, ctx, st, rounding):
    """a with the exponent exp (mpd_qrescale's core, as quantize uses it)."""
    if a._int == 0:
        return _fin(a._sign, 0, exp, ctx, st)
    diff = a._exp - exp
    if _nd(a._int) + diff > ctx.prec:
        return _invalid(st)
    work = set()
    if diff >= 0:
        coef = a._int * _pow10(diff)
    else:
        coef, rnd = _shr(a._int, -diff)
        if _incr(coef, rnd, rounding, a._sign):
            coef += 1
            if _nd(coef) > ctx.prec:
                return _invalid(st)
        work.add(Rounded)
        if rnd:
            work.add(Inexact)
    adj = exp + _nd(coef) - 1
    if adj > ctx.Emax or adj < ctx.Emin - ctx.prec + 1:
        return _invalid(st)
    st.update(work)
    return _fin(a._sign, coef, exp, ctx, st)


def _quantize(a, b, ctx, st, rounding):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if _isinf(a) and _isinf(b):
            return _inf(a._sign)
        return _invalid(st)
    if b._exp > ctx.Emax or b._exp < ctx.Emin - ctx.prec + 1:
        return _invalid(st)
    return _rescale(a, b._exp, ctx, st, rounding)


def _to_integral(a, ctx, st, rounding, exact):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _inf(a._sign)
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _dec(a._sign, 0, 0)
    q, rnd = _shr(a._int, -a._exp)
    if _incr(q, rnd, rounding, a._sign):
        q += 1
    if exact:
        st.add(Rounded)
        if rnd:
            st.add(Inexact)
    return _dec(a._sign, q, 0)


def _int_value(a):
    """The int that a truncates to (finite a)."""
    if a._exp >= 0:
        v = a._int * _pow10(a._exp)
    else:
        v = a._int // _pow10(-a._exp) if -a._exp <= _nd(a._int) else 0
    return -v if a._sign else v


# ---- sqrt, exp, ln, log10 ----

def _sqrt(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _inf(0)
    ideal = a._exp // 2
    if a._int == 0:
        return _fin(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx.prec
    k = max(0, (2 * prec + 2 - _nd(c)) // 2 + 1)
    n = c * _pow10(2 * k)
    r = _math.isqrt(n)
    exp = e // 2 - k
    if r * r != n:
        if r % 5 == 0:
            r += 1
    else:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
    work = ctx._shallow(rounding=ROUND_HALF_EVEN)
    return _fin(0, r, exp, work, st)


_LN_CACHE = {}


def _atanh_inv(n, scale):
    """atanh(1/n) * 10**scale, within a few units."""
    one = _pow10(scale)
    term = one // n
    total = term
    n2 = n * n
    k = 3
    while term:
        term //= n2
        total += term // k
        k += 2
    return total


def _ln_consts(scale):
    """(ln 2, ln 10) * 10**scale within a few units."""
    got = _LN_CACHE.get(scale)
    if got is None:
        s = scale + 10
        ln2 = 2 * _atanh_inv(3, s)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, s)
        got = (ln2 // _pow10(10), ln10 // _pow10(10))
        _LN_CACHE.clear()
        _LN_CACHE[scale] = got
    return got


def _ln_fixed(c, e, W):
    """ln(c * 10**e) * 10**W2 and W2 (within a few units), c > 0."""
    d = _nd(c)
    t = e + d - 1                       # c * 10**e = m * 10**t with 1 <= m < 10
    W2 = W + 10 + _nd(abs(t))
    one = _pow10(W2)
    k = 0
    m = c                               # m = c / 10**(d-1)
    den = _pow10(d - 1)
    # m / 2**k in [0.75, 1.5)
    while m * 4 >= den * 6 * (1 << k):
        k += 1
    y = m * one // (den << k)
    neg = y < one
    z = abs(y - one) * one // (y + one)
    z2 = z * z // one
    total = z
    term = z
    j = 3
    while term:
        term = term * z2 // one
        total += term // j
        j += 2
    if neg:
        total = -total
    ln2, ln10 = _ln_consts(W2)
    return 2 * total + k * ln2 + t * ln10, W2


def _exp_fixed(c, e, sign, W):
    """e**(+-c*10**e) as (A, s): A * 10**s within a few units of A's last digit."""
    # x = q*ln10 + r with 0 <= r < ln10
    adj = e + _nd(c) - 1
    qd = max(1, adj + 2)
    W2 = W + 12 + qd
    one = _pow10(W2)
    if e >= -W2:
        X = c * _pow10(W2 + e)
    else:
        X = c // _pow10(-W2 - e)
    if sign:
        X = -X
    ln2, ln10 = _ln_consts(W2)
    q = X // ln10
    R = X - q * ln10
    K = 24
    r = R >> K
    total = one
    term = one
    j = 1
    while term:
        term = term * r // (one * j)
        total += term
        j += 1
    for _ in range(K):
        total = total * total // one
    return total, q - W2


def _round_sig(A, s, p):
    """A * 10**s (A > 0) rounded half-even to p digits: (coef, exp)."""
    n = _nd(A)
    if n <= p:
        return A * _pow10(p - n), s - (p - n)
    q, rnd = _shr(A, n - p)
    s += n - p
    if _incr(q, rnd, ROUND_HALF_EVEN, 0):
        q += 1
        if q == _pow10(p):
            q //= 10
            s += 1
    return q, s


def _ziv(f, p):
    """The correctly rounded (half-even) p-digit value of a positive irrational quantity that
    f(W) approximates as (A, s), A * 10**s within 3 units of A's last digit."""
    W = p + 8
    while True:
        A, s = f(W)
        n = _nd(A)
        if n < p + 8:
            W += p + 8 - n + 4
            continue
        lo = _round_sig(A - 3, s, p)
        hi = _round_sig(A + 3, s, p)
        if lo == hi:
            return lo
        W += 16


def _exp_cr(a, p):
    return _ziv(lambda W: _exp_fixed(a._int, a._exp, a._sign, W), p)


def _ln_abs_cr(a, p):
    """(sign, coef, exp) of ln(a) correctly rounded to p digits (a > 0, a != 1)."""
    sign = 1 if _cmp(a, _ONE) < 0 else 0

    def f(W):
        v, W2 = _ln_fixed(a._int, a._exp, W)
        return abs(v), -W2
    c, e = _ziv(f, p)
    return sign, c, e


def _log10_abs_cr(a, p):
    sign = 1 if _cmp(a, _ONE) < 0 else 0

    def f(W):
        v, W2 = _ln_fixed(a._int, a._exp, W + 2)
        ln10 = _ln_consts(W2)[1]
        return abs(v) * _pow10(W2) // ln10, -W2
    c, e = _ziv(f, p)
    return sign, c, e


def _exp(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _dec(0, 0, 0) if a._sign else _inf(0)
    if a._int == 0:
        return _dec(0, 1, 0)
    work = ctx._shallow(rounding=ROUND_HALF_EVEN)
    # certain overflow or underflow (mpd_qexp's bounds on the adjusted exponent)
    # |x| / ln(10) beyond the exponent range (ln(10) < 2.3026)
    big = _adj(a) > 19
    if not big and _adj(a) >= 0:
        limit = ctx.prec - ctx.Emin + 2 if a._sign else ctx.Emax + 2
        big = abs(_int_value(a)) * 10000 > 23026 * limit
    if big:
        if a._sign:
            return _fin(0, 1, ctx.Emin - ctx.prec - 1, work, st)
        return _fin(0, 1, ctx.Emax + 1, work, st)
    c, e = _exp_cr(a, ctx.prec)
    st.update((Inexact, Rounded))
    r = _fin(0, c, e, work, st)
    if not r._is_special and r._int and _adj(r) < ctx.Emin and \
            Subnormal in st and Inexact in st:
        st.add(Underflow)
    return r


def _ln(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _inf(0)
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    if a._int == 1 and a._exp == 0 or _cmp(a, _ONE) == 0:
        return _dec(0, 0, 0)
    work = ctx._shallow(rounding=ROUND_HALF_EVEN)
    sign, c, e = _ln_abs_cr(a, ctx.prec)
    st.update((Inexact, Rounded))
    return _fin(sign, c, e, work, st)


def _log10(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _inf(0)
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    work = ctx._shallow(rounding=ROUND_HALF_EVEN)
    s = str(a._int)
    if s[0] == '1' and s.count('0') == len(s) - 1:
        adj = _adj(a)
        return _fin(1 if adj < 0 else 0, abs(adj), 0, work, st)
    sign, c, e = _log10_abs_cr(a, ctx.prec)
    st.update((Inexact, Rounded))
    return _fin(sign, c, e, work, st)


# ---- power ----

def _pow_bounds(base, y, resultsign, ctx, st):
    """The result when base**y certainly overflows or underflows, else None (as
    _qcheck_pow_bounds, with floating-point estimates kept on the safe side)."""
    ab = _dec(0, base._int, base._exp)
    lb = _adj(ab)
    if lb >= 1 or lb <= -2:
        mag = _math.log10(abs(lb) if lb >= 1 else abs(lb) - 1)
    else:
        dist = _add(ab, _ONE, _MAXCTX, set(), True)
        if dist._int == 0:
            return None
        mag = _adj(dist) - 2
    ylog = _adj(y)
    if mag + ylog < 2:
        return None
    big = (_adj(ab) < 0) == (y._sign == 1)
    limit = _math.log10(max(ctx.Emax, 1)) + 1 if big else \
        _math.log10(abs(ctx.Emin - ctx.prec + 1) + 1) + 1
    if mag + ylog > limit + 1:
        if big:
            return _fin(resultsign, 1, MAX_EMAX * 4, ctx, st)
        return _fin(resultsign, 1, ctx.Emin - ctx.prec, ctx, st)
    return None


def _pow_int(base, y, resultsign, ctx, st):
    """Integer powers as _mpd_qpow_int: repeated squaring at prec + a few digits."""
    work = ctx._shallow(rounding=ROUND_HALF_EVEN, clamp=0,
                        prec=ctx.prec + _nd(y._int) + y._exp + 2)
    if y._sign:
        work.prec += 1
        ws = set()
        tbase = _div(_ONE, base, work, ws)
        st.update(ws)
        if InvalidOperation in ws or DivisionByZero in ws:
            return _fin(0, 0, 0, ctx, st)
    else:
        tbase = base
    n = abs(_int_value(y))
    result = tbase
    ws = set()
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit:
        result = _mul(result, result, work, ws)
        if n & bit:
            result = _mul(result, tbase, work, ws)
        if result._is_special or (result._int == 0 and Clamped in ws):
            break
        bit >>= 1
    st.update(ws)
    if _isinf(result):
        return _fin(resultsign, 1, MAX_EMAX * 4, ctx, st)
    return _fin(resultsign, result._int, result._exp, ctx, st)


def _pow(base, y, ctx, st):
    if base._is_special or y._is_special:
        r = _check_nans(base, y, ctx, st)
        if r is not None:
            return r
    intexp = _is_integer(y)
    resultsign = 0
    if intexp:
        resultsign = 1 if base._sign and _int_value(y) & 1 else 0
    if not base._is_special and base._int == 0:
        if not y._is_special and y._int == 0:
            return _invalid(st)
        if y._sign:
            return _inf(resultsign)
        return _dec(resultsign, 0, 0)
    if base._sign and (not intexp or _isinf(y)):
        return _invalid(st)
    if _isinf(y):
        c = _cmp(base, _ONE)
        if c == 0:
            st.update((Inexact, Rounded))
            return _dec(resultsign, _pow10(ctx.prec - 1), -(ctx.prec - 1))
        if base._sign:
            c = -1 if _cmp_abs(base, _ONE) < 0 else 1
        if c * (-1 if y._sign else 1) < 0:
            return _dec(resultsign, 0, 0)
        return _inf(resultsign)
    if _isinf(base):
        if y._int == 0:
            return _dec(resultsign, 1, 0)
        if y._sign:
            return _dec(resultsign, 0, 0)
        return _inf(resultsign)
    if y._int == 0:
        return _dec(resultsign, 1, 0)
    if _cmp(base, _ONE) == 0:
        if intexp:
            if y._sign:
                return _dec(resultsign, 1, 0)
            shift = _int_value(y) * -base._exp
            if shift > ctx.prec - 1:
                shift = ctx.prec - 1
                st.add(Rounded)
        else:
            shift = ctx.prec - 1
            st.update((Inexact, Rounded))
        return _dec(resultsign, _pow10(shift), -shift)
    r = _pow_bounds(base, y, resultsign, ctx, st)
    if r is not None:
        return r
    if intexp:
        return _pow_int(base, y, resultsign, ctx, st)
    # e**(y * ln(base)) at max(digits, prec) + 23 digits, then rounded (_mpd_qpow_real)
    wp = max(_nd(base._int), ctx.prec) + 4 + 19
    sign, c, e = _ln_abs_cr(base, wp)
    ws = set()
    wctx = _MAXCTX._shallow(prec=wp, rounding=ROUND_HALF_EVEN)
    t = _mul(_dec(sign, c, e), y, wctx, ws)
    ec, ee = _exp_cr(t, wp)
    st.update((Inexact, Rounded))
    if ec == _pow10(wp - 1) and ee == -(wp - 1):
        ec, ee = _pow10(ctx.prec - 1), -(ctx.prec - 1)
    return _fin(0, ec, ee, ctx, st)


def _powmod(a, b, m, ctx, st):
    if a._is_special or b._is_special or m._is_special:
        for d in (a, b, m):
            if d._exp == 'N':
                st.add(InvalidOperation)
                return _quiet(d, ctx)
        for d in (a, b, m):
            if d._exp == 'n':
                return _quiet(d, ctx)
        return _invalid(st)
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _invalid(st)
    if (b._sign and b._int) or m._int == 0 or (a._int == 0 and b._int == 0):
        return _invalid(st)
    mi = abs(_int_value(m))
    if _nd(mi) > ctx.prec:
        return _invalid(st)
    bi = _int_value(b)
    v = pow(abs(_int_value(a)), bi, mi)
    return _dec(a._sign if bi & 1 else 0, v, 0)


# ---- the other operations of the specification ----

def _max_min(a, b, ctx, st, want_max, mag):
    if a._exp == 'n' and not _isnan(b):
        return _fin(b._sign, b._int, b._exp, ctx, st) if not b._is_special else b
    if b._exp == 'n' and not _isnan(a):
        return _fin(a._sign, a._int, a._exp, ctx, st) if not a._is_special else a
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp_abs(a, b) if mag else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        if a._sign != b._sign:
            c = b._sign - a._sign
        elif a._is_special or a._exp == b._exp:
            c = 0
        else:
            c = -1 if a._exp < b._exp else 1
            if a._sign:
                c = -c
    if want_max:
        pick = b if c < 0 else a
    else:
        pick = b if c > 0 else a
    if pick._is_special:
        return pick
    return _fin(pick._sign, pick._int, pick._exp, ctx, st)


def _compare_total(a, b, mag=False):
    sa, sb = (0, 0) if mag else (a._sign, b._sign)
    if sa != sb:
        return -1 if sa else 1

    def rank(d):
        if d._exp == 'n':
            return 3
        if d._exp == 'N':
            return 2
        return 1 if d._exp == 'F' else 0
    ra, rb = rank(a), rank(b)
    sgn = -1 if sa else 1
    if ra != rb:
        return sgn if ra > rb else -sgn
    if ra >= 2:
        if a._int != b._int:
            return sgn if a._int > b._int else -sgn
        return 0
    if ra == 1:
        return 0
    c = _cmp(_dec(0, a._int, a._exp), _dec(0, b._int, b._exp))
    if c:
        return c * sgn
    if a._exp != b._exp:
        return sgn if a._exp > b._exp else -sgn
    return 0


def _next(a, ctx, st, up):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign == (0 if up else 1):
            return a
        return _dec(a._sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)
    work = ctx._shallow(rounding=ROUND_CEILING if up else ROUND_FLOOR)
    ws = set()
    r = _fin(a._sign, a._int, a._exp, work, ws)
    if Inexact in ws or InvalidOperation in ws:
        return r
    tiny = _dec(1 if not up else 0, 1, ctx.Emin - ctx.prec)
    ws = set()
    r = _add(a, tiny, work, ws)
    return r


def _next_toward(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._is_special)
    r = _next(a, ctx, st, c < 0)
    if _isinf(r):
        st.update((Overflow, Rounded, Inexact))
    elif _adj(r) < ctx.Emin:
        st.update((Underflow, Subnormal, Rounded, Inexact))
        if r._int == 0:
            st.add(Clamped)
    return r


def _logical_digits(d, ctx):
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if s.strip('01'):
        return None
    return s[-ctx.prec:]


def _logical(a, b, ctx, st, op):
    sa = _logical_digits(a, ctx)
    sb = _logical_digits(b, ctx) if b is not None else '0'
    if sa is None or sb is None:
        return _invalid(st)
    n = ctx.prec if b is None else max(len(sa), len(sb))
    sa, sb = sa.rjust(n, '0'), sb.rjust(n, '0')
    out = ''.join(op(x, y) for x, y in zip(sa, sb))
    return _dec(0, int(out), 0)


def _shift_arg(a, b, ctx, st):
    """The checks shift and rotate share; returns (result, None) or (None, places)."""
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r, None
    if b._is_special or b._exp != 0 or abs(_int_value(b)) > ctx.prec:
        return _invalid(st), None
    if _isinf(a):
        return a, None
    return None, _int_value(b)


# ---- conversions ----

def _from_int(v):
    return _dec(1 if v < 0 else 0, abs(v), 0)


def _from_float(f):
    if f != f:
        return _nan(1 if _math.copysign(1.0, f) < 0 else 0)
    if f in (float('inf'), float('-inf')):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _parse(s):
    """(sign, coef, exp, special) from a string in the specification's syntax, or None."""
    t = s.strip()
    if '_' in t:
        t = t.replace('_', '')
    if not t or not t.isascii():
        chars = []
        for ch in t:
            if ch.isdigit() and not ch.isascii():
                try:
                    ch = str(int(ch))
                except ValueError:
                    return None
            chars.append(ch)
        t = ''.join(chars)
        if not t:
            return None
    sign = 0
    if t[0] in '+-':
        sign = 1 if t[0] == '-' else 0
        t = t[1:]
    low = t.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', True
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            rest = low[len(prefix):]
            if rest and not rest.isdigit():
                return None
            return sign, int(rest) if rest else 0, kind, True
    mant, _, ex = low.partition('e')
    if _ and (not ex or not ex.lstrip('+-').isdigit() or len(ex) - len(ex.lstrip('+-')) > 1):
        return None
    intpart, dot, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    exp = int(ex) if ex else 0
    return sign, int(intpart + frac), exp - len(frac), False


def _convert(v, raising=True):
    """Decimal or int as a Decimal; NotImplemented for other types, or TypeError."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    if raising:
        raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)
    return NotImplemented


def _getcontext_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


class Decimal(object):
    """Decimal floating point number: Decimal('3.14'), Decimal(7), Decimal(0.1) (exact)."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = _getcontext_arg(context)
                _check_status(ctx, {ConversionSyntax})
                self._sign, self._int, self._exp, self._is_special = 0, 0, 'n', True
                return self
            self._sign, self._int, self._exp, self._is_special = p
            if not self._is_special and (self._exp + _nd(self._int) - 1 > MAX_EMAX or
                                         self._exp < MIN_ETINY):
                ctx = _getcontext_arg(context)
                _check_status(ctx, {InvalidOperation})
                self._sign, self._int, self._exp, self._is_special = 0, 0, 'n', True
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, float):
            ctx = _getcontext_arg(context)
            _check_status(ctx, {FloatOperation})
            d = _from_float(value)
            self._sign, self._int, self._exp, self._is_special = \
                d._sign, d._int, d._exp, d._is_special
            return self
        if isinstance(value, (list, tuple)):
            d = _from_tuple(value)
            self._sign, self._int, self._exp, self._is_special = \
                d._sign, d._int, d._exp, d._is_special
            return self
        raise TypeError('conversion from %s to Decimal is not supported' %
                        type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # ---- properties and predicates ----
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def adjusted(self):
        if self._is_special:
            return 0
        return _adj(self)

    def as_tuple(self):
        if self._is_special:
            if self._exp == 'F':
                digits = (0,)
            else:
                digits = tuple(int(c) for c in str(self._int)) if self._int else ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if _isnan(self):
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._int == 0:
            return (0, 1)
        n = self._int
        if self._exp >= 0:
            n *= _pow10(self._exp)
            d = 1
        else:
            d = _pow10(-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        ctx = _getcontext_arg(context)
        if self._is_special or self._int == 0:
            return False
        return _adj(self) >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _getcontext_arg(context)
        if self._is_special or self._int == 0:
            return False
        return _adj(self) < ctx.Emin

    def number_class(self, context=None):
        ctx = _getcontext_arg(context)
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if _adj(self) < ctx.Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._is_special or other._is_special:
            return (_isnan(self) and _isnan(other)) or (_isinf(self) and _isinf(other))
        return self._exp == other._exp

    # ---- copies (no context) ----
    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # ---- strings ----
    def __str__(self, eng=False, context=None):
        ctx = _getcontext_arg(context)
        return _to_string(self, eng, ctx.capitals)

    def to_eng_string(self, context=None):
        ctx = _getcontext_arg(context)
        return _to_string(self, True, ctx.capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext().capitals)

    def __format__(self, spec, override=None):
        return _format(self, spec, getcontext())

    # ---- conversions to other types ----
    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if _isnan(self):
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return _int_value(self)

    __trunc__ = __int__

    def __float__(self):
        if _isnan(self):
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _to_int_rounded(self, rounding):
        if self._is_special:
            if _isnan(self):
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return _int_value(_to_integral(self, None, set(), rounding, False))

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        st = set()
        r = _quantize(self, _dec(0, 1, -n), ctx, st, ctx.rounding)
        _check_status(ctx, st)
        return r

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            eh = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            eh = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * eh % _PyHASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # ---- comparisons ----
    def _compare_with(self, other, op):
        """(a, b) Decimals to compare, or NotImplemented (convert_op_cmp)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('eq', 'ne'):
                ctx._flags[FloatOperation] = True
            else:
                _check_status(ctx, {FloatOperation})
            return _from_float(other)
        if isinstance(other, complex) and op in ('eq', 'ne'):
            if other.imag != 0:
                return NotImplemented
            ctx = getcontext()
            ctx._flags[FloatOperation] = True
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _richcmp(self, other, op):
        b = self._compare_with(other, op)
        if b is NotImplemented:
            return b
        if isinstance(b, _numbers.Rational) and not isinstance(b, Decimal):
            if self._is_special:
                if _isnan(self):
                    b = _dec(0, 1, 0)
                else:
                    b = _dec(0, 0, 0)
            else:
                n, d = b.numerator, b.denominator
                a = _dec(self._sign, self._int * d, self._exp)
                b = _from_int(n)
                return self._richcmp_dec(a, b, op)
        return self._richcmp_dec(self, b, op)

    @staticmethod
    def _richcmp_dec(a, b, op):
        if _isnan(a) or _isnan(b):
            if a._exp == 'N' or b._exp == 'N' or op not in ('eq', 'ne'):
                _check_status(getcontext(), {InvalidOperation})
            return op == 'ne'
        c = _cmp(a, b)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._richcmp(other, 'eq')

    def __ne__(self, other):
        return self._richcmp(other, 'ne')

    def __lt__(self, other):
        return self._richcmp(other, 'lt')

    def __le__(self, other):
        return self._richcmp(other, 'le')

    def __gt__(self, other):
        return self._richcmp(other, 'gt')

    def __ge__(self, other):
        return self._richcmp(other, 'ge')

    # ---- operators ----
    def __neg__(self):
        return _run1(_plus, self, None, negate=True)

    def __pos__(self):
        return _run1(_plus, self, None)

    def __abs__(self):
        return _run1(_abs, self, None)

    def __add__(self, other):
        return _binop(_add, self, other)

    def __radd__(self, other):
        return _binop(_add, other, self, True)

    def __sub__(self, other):
        return _binop(_sub, self, other)

    def __rsub__(self, other):
        return _binop(_sub, other, self, True)

    def __mul__(self, other):
        return _binop(_mul, self, other)

    def __rmul__(self, other):
        return _binop(_mul, other, self, True)

    def __truediv__(self, other):
        return _binop(_div, self, other)

    def __rtruediv__(self, other):
        return _binop(_div, other, self, True)

    def __floordiv__(self, other):
        return _binop(_divint, self, other)

    def __rfloordiv__(self, other):
        return _binop(_divint, other, self, True)

    def __mod__(self, other):
        return _binop(_rem, self, other)

    def __rmod__(self, other):
        return _binop(_rem, other, self, True)

    def __divmod__(self, other):
        return _binop(_divmod, self, other)

    def __rdivmod__(self, other):
        return _binop(_divmod, other, self, True)

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return _binop(_pow, self, other)
        b = _convert(other, raising=False)
        m = _convert(modulo, raising=False)
        if b is NotImplemented or m is NotImplemented:
            return NotImplemented
        ctx = getcontext()
        st = set()
        r = _powmod(self, b, m, ctx, st)
        _check_status(ctx, st)
        return r

    def __rpow__(self, other, modulo=None):
        return _binop(_pow, other, self, True)

    # ---- methods with an optional context ----
    def exp(self, context=None):
        return _run1(_exp, self, context)

    def ln(self, context=None):
        return _run1(_ln, self, context)

    def log10(self, context=None):
        return _run1(_log10, self, context)

    def sqrt(self, context=None):
        return _run1(_sqrt, self, context)

    def logb(self, context=None):
        return _run1(_logb, self, context)

    def normalize(self, context=None):
        return _run1(_normalize, self, context)

    def next_plus(self, context=None):
        return _run1(_next, self, context, up=True)

    def next_minus(self, context=None):
        return _run1(_next, self, context, up=False)

    def logical_invert(self, context=None):
        return _run1(_logical_invert, self, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _getcontext_arg(context)
        st = set()
        r = _to_integral(self, ctx, st, _rounding_arg(rounding, ctx), False)
        _check_status(ctx, st)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _getcontext_arg(context)
        st = set()
        r = _to_integral(self, ctx, st, _rounding_arg(rounding, ctx), True)
        _check_status(ctx, st)
        return r

    def quantize(self, exp, rounding=None, context=None):
        ctx = _getcontext_arg(context)
        b = _convert(exp)
        st = set()
        r = _quantize(self, b, ctx, st, _rounding_arg(rounding, ctx))
        _check_status(ctx, st)
        return r

    def compare(self, other, context=None):
        return _run2(_compare, self, other, context)

    def compare_signal(self, other, context=None):
        return _run2(_compare_signal, self, other, context)

    def compare_total(self, other, context=None):
        other = _convert(other)
        return _dec(1, 1, 0) if _compare_total(self, other) < 0 else \
            _dec(0, _compare_total(self, other), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other)
        c = _compare_total(self, other, True)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def max(self, other, context=None):
        return _run2(_max_min, self, other, context, want_max=True, mag=False)

    def min(self, other, context=None):
        return _run2(_max_min, self, other, context, want_max=False, mag=False)

    def max_mag(self, other, context=None):
        return _run2(_max_min, self, other, context, want_max=True, mag=True)

    def min_mag(self, other, context=None):
        return _run2(_max_min, self, other, context, want_max=False, mag=True)

    def next_toward(self, other, context=None):
        return _run2(_next_toward, self, other, context)

    def remainder_near(self, other, context=None):
        return _run2(_rem_near, self, other, context)

    def scaleb(self, other, context=None):
        return _run2(_scaleb, self, other, context)

    def shift(self, other, context=None):
        return _run2(_shift, self, other, context)

    def rotate(self, other, context=None):
        return _run2(_rotate, self, other, context)

    def logical_and(self, other, context=None):
        return _run2(_logical, self, other, context, op=lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return _run2(_logical, self, other, context,
                     op=lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return _run2(_logical, self, other, context, op=lambda x, y: '1' if x != y else '0')

    def fma(self, other, third, context=None):
        ctx = _getcontext_arg(context)
        b = _convert(other)
        c = _convert(third)
        st = set()
        r = _fma(self, b, c, ctx, st)
        _check_status(ctx, st)
        return r


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not (isinstance(dig, int) and 0 <= dig <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if exp == 'F':
        return _inf(sign)
    if isinstance(exp, str):
        return _dec(sign, coef, exp, True)
    return _dec(sign, coef, exp)


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx.rounding
    if rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_ERROR)
    return rounding


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _compare(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    return _dec(1 if c < 0 else 0, abs(c), 0)


def _compare_signal(a, b, ctx, st):
    if _isnan(a) or _isnan(b):
        st.add(InvalidOperation)
        r = _check_nans(a, b, ctx, st)
        return r
    return _compare(a, b, ctx, st)


def _logb(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _inf(0)
    if a._int == 0:
        st.add(DivisionByZero)
        return _inf(1)
    adj = _adj(a)
    return _fin(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


def _normalize(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return a
    r = _fin(a._sign, a._int, a._exp, ctx, st)
    if r._is_special:
        return r
    if r._int == 0:
        return _dec(a._sign, 0, 0)
    c, e = r._int, r._exp
    maxexp = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while c % 10 == 0 and e < maxexp:
        c //= 10
        e += 1
    return _dec(r._sign, c, e)


def _logical_invert(a, ctx, st):
    return _logical(a, None, ctx, st, lambda x, y: '0' if x == '1' else '1')


def _scaleb(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if b._is_special or b._exp != 0:
        return _invalid(st)
    n = _int_value(b)
    lim = 2 * (ctx.Emax + ctx.prec)
    if n > lim or n < -lim:
        return _invalid(st)
    if _isinf(a):
        return a
    return _fin(a._sign, a._int, a._exp + n, ctx, st)


def _shift(a, b, ctx, st):
    r, n = _shift_arg(a, b, ctx, st)
    if r is not None:
        return r
    prec = ctx.prec
    c = a._int % _pow10(prec)
    if n >= 0:
        c = c * _pow10(n) % _pow10(prec)
    else:
        c //= _pow10(-n)
    return _dec(a._sign, c, a._exp)


def _rotate(a, b, ctx, st):
    r, n = _shift_arg(a, b, ctx, st)
    if r is not None:
        return r
    prec = ctx.prec
    s = str(a._int % _pow10(prec)).rjust(prec, '0')
    n %= prec
    s = s[n:] + s[:n]
    return _dec(a._sign, int(s), a._exp)


def _run1(fn, a, context, **kw):
    ctx = _getcontext_arg(context)
    st = set()
    r = fn(a, ctx, st, **kw)
    _check_status(ctx, st)
    return r


def _run2(fn, a, b, context, **kw):
    ctx = _getcontext_arg(context)
    b = _convert(b)
    st = set()
    r = fn(a, b, ctx, st, **kw)
    _check_status(ctx, st)
    return r


def _binop(fn, a, b, reflected=False):
    if reflected:
        a = _convert(a, raising=False)
        if a is NotImplemented:
            return a
    else:
        b = _convert(b, raising=False)
        if b is NotImplemented:
            return b
    ctx = getcontext()
    st = set()
    r = fn(a, b, ctx, st)
    _check_status(ctx, st)
    return r


# ---- strings and format ----

def _to_string(d, eng, capitals):
    """The specification's to-sci-string / to-eng-string."""
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        name = 'NaN' if d._exp == 'n' else 'sNaN'
        return sign + name + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    left = exp + len(digits)
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        intpart = '0'
        frac = '.' + '0' * -dot + digits
    elif dot >= len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot]
        frac = '.' + digits[dot:]
    if left == dot:
        e = ''
    else:
        e = ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + intpart + frac + e


def _parse_spec(spec):
    """Format spec fields: fill, align, sign, zero-coerce, zeropad, width, grouping, precision,
    type; None if invalid."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    if i < n and spec[i] == '#':
        return None
    zeropad = False
    if i < n and spec[i] == '0':
        if align is not None:
            return None
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = None
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            return None
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            return None
    if i != n:
        return None
    if zeropad:
        fill, align = '0', '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, nozero, zeropad, width, grouping, prec, typ


def _group(intpart, sep):
    if not sep:
        return intpart
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _format(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    p = _parse_spec(spec)
    if p is None:
        raise ValueError('invalid format string')
    fill, align, signopt, nozero, zeropad, width, grouping, prec, typ = p
    if typ == 'n' and grouping:
        raise ValueError('invalid format string')
    caps = ctx.capitals
    if typ is None:
        typ = 'G' if caps else 'g'
        if prec is None:
            typ = None
    rounding = ctx.rounding
    sign = d._sign
    pct = typ == '%'
    if d._is_special:
        body = _to_string(_dec(0, d._int, d._exp, True), False, 1)
        if pct:
            body += '%'
        if zeropad:
            fill, align = ' ', '>'
    else:
        coef, exp = d._int, d._exp
        if pct:
            exp += 2
        t = typ.lower() if typ else None
        if t == 'n':
            t = 'g'
        if prec is not None:
            if t == 'e':
                coef, exp = _fmt_round_sig(coef, exp, prec + 1, rounding, sign)
                if coef and _nd(coef) < prec + 1:
                    k = prec + 1 - _nd(coef)
                    coef *= _pow10(k)
                    exp -= k
            elif t in ('f', '%'):
                coef, exp = _fmt_rescale(coef, exp, -prec, rounding, sign)
            elif t == 'g':
                coef, exp = _fmt_round_sig(coef, exp, max(prec, 1), rounding, sign)
        if prec is None and t in ('f', '%') and exp > 0:
            coef *= _pow10(exp)
            exp = 0
        # 3.11 coerces a negative zero after rounding, but for 'F' only an exact zero
        if nozero and (coef == 0 if typ != 'F' else d._int == 0):
            sign = 0
        digits = str(coef)
        left = exp + len(digits)
        if t == 'e':
            if coef == 0 and prec is not None:
                dot = 1 - prec
            else:
                dot = 1
        elif t in ('f', '%'):
            dot = left
        else:
            if exp <= 0 and left > -6:
                dot = left
            else:
                dot = 1
        if dot <= 0:
            intpart = '0'
            frac = '0' * -dot + digits
        elif dot >= len(digits):
            intpart = digits + '0' * (dot - len(digits))
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        if t == 'e' and coef == 0 and prec is not None and dot <= 0:
            intpart, frac = '0', '0' * prec
        e = ''
        if left != dot or t == 'e':
            if t is None:
                ech = 'E' if caps else 'e'
            else:
                ech = 'E' if typ in 'EG' else 'e'
            e = ech + '%+d' % (left - dot)
        body_frac = '.' + frac if frac else ''
        body = (intpart, body_frac + e + ('%' if pct else ''))
    signstr = '-' if sign else ('' if signopt == '-' else signopt)
    if isinstance(body, tuple):
        intpart, rest = body
        if grouping:
            if zeropad and width:
                intpart = _zero_group(intpart, width - len(signstr) - len(rest), grouping)
            else:
                intpart = _group(intpart, grouping)
        body = intpart + rest
    return _pad(signstr, body, fill, align, width)


def _zero_group(intpart, need, sep):
    """The '0' flag's padding with separators: zeros go in until the grouped integer part
    fills need characters (a group is never started by a separator)."""
    s = _group(intpart, sep)
    while len(s) < need:
        intpart = '0' + intpart
        s = _group(intpart, sep)
    return s


def _pad(signstr, body, fill, align, width):
    if width is None or len(signstr) + len(body) >= width:
        return signstr + body
    n = width - len(signstr) - len(body)
    if align == '<':
        return signstr + body + fill * n
    if align == '>':
        return fill * n + signstr + body
    if align == '=':
        return signstr + fill * n + body
    half = n // 2
    return fill * half + signstr + body + fill * (n - half)


def _fmt_round_sig(coef, exp, p, rounding, sign):
    n = _nd(coef)
    if coef == 0 or n <= p:
        return coef, exp
    q, rnd = _shr(coef, n - p)
    exp += n - p
    if _incr(q, rnd, rounding, sign):
        q += 1
        if _nd(q) > p:
            q //= 10
            exp += 1
    return q, exp


def _fmt_rescale(coef, exp, target, rounding, sign):
    if exp >= target:
        return coef * _pow10(exp - target), target
    q, rnd = _shr(coef, target - exp)
    if _incr(q, rnd, rounding, sign):
        q += 1
    return q, target


# ---- contexts ----

_ROUNDING_ERROR = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                   'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   '
                   'ROUND_05UP]')


class _SignalDict(_MutableMapping):
    """Context.flags and Context.traps: a mapping from the signals to bools."""

    def __init__(self, values):
        self._d = values

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(_SIGNALS_ERROR)
        return bool(self._d[key])

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError(_SIGNALS_ERROR)
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (k, v) for k, v in self.items()) + '}'


# CPython's class is made from collections.abc.MutableMapping at run time: 'abc.SignalDict'
_SignalDict.__module__ = 'abc'
_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'


def _signal_values(arg, setter):
    """The flags or traps a Context gets from a list of signals (constructor only) or a
    complete signal dict."""
    d = dict.fromkeys(_SIGNALS, False)
    if isinstance(arg, (dict, _SignalDict)):
        items = list(arg.items())
        if len(items) != len(_SIGNALS) or any(k not in d for k, _ in items):
            raise KeyError('invalid signal dict')
        for k, v in items:
            d[k] = bool(v)
        return d
    if setter:
        raise TypeError('argument must be a signal dict')
    for sig in arg:
        if sig not in d:
            raise KeyError(_SIGNALS_ERROR)
        d[sig] = True
    return d


class Context(object):
    """The precision, rounding, exponent limits, flags and traps arithmetic works with."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        # the defaults are DefaultContext's current values (the module's first Context is it)
        tpl = globals().get('DefaultContext')
        if tpl is None:
            tpl = _DEFAULT_TEMPLATE
        else:
            tpl = (tpl._prec, tpl._rounding, tpl._Emin, tpl._Emax, tpl._capitals, tpl._clamp,
                   tpl._traps)
        self._prec = tpl[0]
        self._rounding = tpl[1]
        self._Emin = tpl[2]
        self._Emax = tpl[3]
        self._capitals = tpl[4]
        self._clamp = tpl[5]
        self._flags = dict.fromkeys(_SIGNALS, False)
        self._traps = dict(tpl[6])
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_values(flags, False)
        if traps is not None:
            self._traps = _signal_values(traps, False)

    @staticmethod
    def _int_arg(value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = self._int_arg(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = self._int_arg(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = self._int_arg(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = self._int_arg(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = self._int_arg(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self._flags)

    @flags.setter
    def flags(self, value):
        self._flags = _signal_values(value, True)

    @property
    def traps(self):
        return _SignalDict(self._traps)

    @traps.setter
    def traps(self, value):
        self._traps = _signal_values(value, True)

    def __setattr__(self, name, value):
        if name.startswith('_') or name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                                            'clamp', 'flags', 'traps'):
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def _shallow(self, **kw):
        c = Context.__new__(Context)
        d = c.__dict__
        d['_prec'] = kw.get('prec', self._prec)
        d['_rounding'] = kw.get('rounding', self._rounding)
        d['_Emin'] = self._Emin
        d['_Emax'] = self._Emax
        d['_capitals'] = self._capitals
        d['_clamp'] = kw.get('clamp', self._clamp)
        d['_flags'] = self._flags
        d['_traps'] = self._traps
        return c

    def copy(self):
        c = Context.__new__(Context)
        for k in ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp'):
            c.__dict__[k] = self.__dict__[k]
        c.__dict__['_flags'] = dict(self._flags)
        c.__dict__['_traps'] = dict(self._traps)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp,
                                 [s for s in _SIGNALS if self._flags[s]],
                                 [s for s in _SIGNALS if self._traps[s]]))

    def __repr__(self):
        flags = _repr_signals(self._flags)
        traps = _repr_signals(self._traps)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self._rounding, self._Emin,
                                             self._Emax, self._capitals, self._clamp,
                                             flags, traps))

    def clear_flags(self):
        for s in _SIGNALS:
            self._flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self._traps[s] = False

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            p = _parse(num)
            st = set()
            if p is None:
                _check_status(self, {ConversionSyntax})
                return _nan()
            sign, coef, exp, special = p
            if special:
                d = _dec(sign, coef, exp, True)
                if d._int and _nd(d._int) > self._prec - self._clamp:
                    _check_status(self, {ConversionSyntax})
                    return _nan()
                return d
            r = _fin(sign, coef, exp, self, st)
            _check_status(self, st)
            return r
        if isinstance(num, float):
            _check_status(self, {FloatOperation})
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._is_special:
            if _isnan(d) and d._int and _nd(d._int) > self._prec - self._clamp:
                _check_status(self, {ConversionSyntax})
                return _nan()
            return d
        st = set()
        r = _fin(d._sign, d._int, d._exp, self, st)
        _check_status(self, st)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        st = set()
        r = _fin(d._sign, d._int, d._exp, self, st)
        _check_status(self, st)
        return r

    # ---- the operations, as methods taking their operands ----
    def _one(self, fn, a, **kw):
        a = _convert(a)
        st = set()
        r = fn(a, self, st, **kw)
        _check_status(self, st)
        return r

    def _two(self, fn, a, b, **kw):
        a = _convert(a)
        b = _convert(b)
        st = set()
        r = fn(a, b, self, st, **kw)
        _check_status(self, st)
        return r

    def abs(self, a):
        return self._one(_abs, a)

    def add(self, a, b):
        return self._two(_add, a, b)

    def subtract(self, a, b):
        return self._two(_sub, a, b)

    def multiply(self, a, b):
        return self._two(_mul, a, b)

    def divide(self, a, b):
        return self._two(_div, a, b)

    def divide_int(self, a, b):
        return self._two(_divint, a, b)

    def remainder(self, a, b):
        return self._two(_rem, a, b)

    def remainder_near(self, a, b):
        return self._two(_rem_near, a, b)

    def divmod(self, a, b):
        return self._two(_divmod, a, b)

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._two(_pow, a, b)
        a, b, m = _convert(a), _convert(b), _convert(modulo)
        st = set()
        r = _powmod(a, b, m, self, st)
        _check_status(self, st)
        return r

    def fma(self, a, b, c):
        a, b, c = _convert(a), _convert(b), _convert(c)
        st = set()
        r = _fma(a, b, c, self, st)
        _check_status(self, st)
        return r

    def plus(self, a):
        return self._one(_plus, a)

    def minus(self, a):
        return self._one(_plus, a, negate=True)

    def sqrt(self, a):
        return self._one(_sqrt, a)

    def exp(self, a):
        return self._one(_exp, a)

    def ln(self, a):
        return self._one(_ln, a)

    def log10(self, a):
        return self._one(_log10, a)

    def logb(self, a):
        return self._one(_logb, a)

    def normalize(self, a):
        return self._one(_normalize, a)

    def next_plus(self, a):
        return self._one(_next, a, up=True)

    def next_minus(self, a):
        return self._one(_next, a, up=False)

    def next_toward(self, a, b):
        return self._two(_next_toward, a, b)

    def compare(self, a, b):
        return self._two(_compare, a, b)

    def compare_signal(self, a, b):
        return self._two(_compare_signal, a, b)

    def compare_total(self, a, b):
        return _convert(a).compare_total(_convert(b))

    def compare_total_mag(self, a, b):
        return _convert(a).compare_total_mag(_convert(b))

    def max(self, a, b):
        return self._two(_max_min, a, b, want_max=True, mag=False)

    def min(self, a, b):
        return self._two(_max_min, a, b, want_max=False, mag=False)

    def max_mag(self, a, b):
        return self._two(_max_min, a, b, want_max=True, mag=True)

    def min_mag(self, a, b):
        return self._two(_max_min, a, b, want_max=False, mag=True)

    def quantize(self, a, b):
        a, b = _convert(a), _convert(b)
        st = set()
        r = _quantize(a, b, self, st, self._rounding)
        _check_status(self, st)
        return r

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def scaleb(self, a, b):
        return self._two(_scaleb, a, b)

    def shift(self, a, b):
        return self._two(_shift, a, b)

    def rotate(self, a, b):
        return self._two(_rotate, a, b)

    def logical_and(self, a, b):
        return _convert(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._one(_logical_invert, a)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_qnan(self, a):
        return _convert(a).is_qnan()

    def is_snan(self, a):
        return _convert(a).is_snan()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_normal(self, a):
        return _convert(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(context=self)

    def number_class(self, a):
        return _convert(a).number_class(context=self)

    def to_sci_string(self, a):
        return _to_string(_convert(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_convert(a), True, self._capitals)


def _traps_of(*sigs):
    d = dict.fromkeys(_SIGNALS, False)
    for s in sigs:
        d[s] = True
    return d


_DEFAULT_TEMPLATE = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     _traps_of(InvalidOperation, DivisionByZero, Overflow))
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_MAXCTX = Context.__new__(Context)
_MAXCTX.__dict__.update(_prec=MAX_PREC, _rounding=ROUND_HALF_EVEN, _Emin=MIN_EMIN,
                        _Emax=MAX_EMAX, _capitals=1, _clamp=0,
                        _flags=dict.fromkeys(_SIGNALS, False),
                        _traps=dict.fromkeys(_SIGNALS, False))
_ONE = _dec(0, 1, 0)

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current task's context (a copy of DefaultContext at first use)."""
    try:
        return _current_context.get()
    except LookupError:
        ctx = _default_copy()
        _current_context.set(ctx)
        return ctx


def _default_copy():
    d = DefaultContext
    c = Context.__new__(Context)
    c.__dict__.update(_prec=d._prec, _rounding=d._rounding, _Emin=d._Emin, _Emax=d._Emax,
                      _capitals=d._capitals, _clamp=d._clamp,
                      _flags=dict.fromkeys(_SIGNALS, False), _traps=dict(d._traps))
    return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context), changed by
    the keyword arguments, current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            value = _signal_values(value, False)
            key = '_' + key
        setattr(new, key, value)
    return _ContextManager(new)


_numbers.Number.register(Decimal)
if Decimal.__module__ == 'decimal':
    # CPython's messages name these C types with their module ('decimal.Decimal')
    Decimal.__name__ = 'decimal.Decimal'
    Context.__name__ = 'decimal.Context'

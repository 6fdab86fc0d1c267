"""datetime for the playground, written in Python (CPython's is C): date, time, datetime,
timedelta, tzinfo, timezone (UTC and fixed offsets), MINYEAR/MAXYEAR and UTC. The clock is the
virtual one (SEMANTICS.md rule 4): now() and today() read time.time(), and the playground's
local time is UTC, so naive local times are UTC times. Messages, reprs, rounding and the 3.11
isoformat parser follow CPython 3.11. Time zones other than fixed offsets need a tz database,
which the playground does not have (zoneinfo knows only UTC).
"""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_DAYS = 999999999
_MISSING = object()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
               'Dec')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


# the proleptic Gregorian ordinal of a valid date, 1 for 0001-01-01
def _ymd_to_ordinal(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


_MAX_ORDINAL = _ymd_to_ordinal(9999, 12, 31)


# (year, month, day) of an ordinal: whole 400-, 100-, 4- and 1-year spans, then the month
def _ordinal_to_ymd(n):
    n400, n = divmod(n - 1, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31  # the last day of a leap span
    leap = _is_leap(y)
    m = (n + 50) >> 5  # the month, or the one after it
    if _DAYS_BEFORE_MONTH[m] + (m > 2 and leap) > n:
        m -= 1
    return y, m, n - _DAYS_BEFORE_MONTH[m] - (m > 2 and leap) + 1


# the ordinal of the Monday of ISO week 1 (the week holding January 4th)
def _iso_week1_monday(y):
    jan4 = _ymd_to_ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


# the name CPython's messages and reprs give a type (its tp_name): 'datetime.date' for this
# module's classes, the plain name for others (a learner's subclass of date too)
def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


# a wrong argument's type as PyArg_Parse's messages name it ('None' for None)
def _arg_type(obj):
    return 'None' if obj is None else _type_name(obj)


# a read-only field: the property that reads its slot ('_' + name), and CPython's message for
# a write or a del (a member of timedelta, else an attribute of `owner`)
def _field(name, owner=None):
    slot = '_' + name
    message = ('readonly attribute' if owner is None else
               f"attribute '{name}' of 'datetime.{owner}' objects is not writable")

    def deny(self, value=None):
        raise AttributeError(message)
    return property(lambda self: getattr(self, slot), deny, deny)


# an int argument as PyArg_Parse's "i" reads it
def _as_c_int(v):
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError(f"'{_type_name(v)}' object cannot be interpreted as an integer")
        v = index(v)
    v = int(v)
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError('Python int too large to convert to C long')
    if v >= 2 ** 31:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2 ** 31:
        raise OverflowError('signed integer is less than minimum')
    return v


_INT_FIELDS = frozenset(('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond',
                         'fold'))


# positional and keyword arguments as PyArg_ParseTupleAndKeywords matches them (its checks in
# its order, its messages); the fields of dates and times read as C ints on the way
def _parse(fname, names, required, args, kwargs, positional=None):
    if len(args) + len(kwargs) > len(names):
        raise TypeError(f'{fname} takes at most {len(names)} arguments '
                        f'({len(args) + len(kwargs)} given)')
    if positional is not None and len(args) > positional:
        raise TypeError(f'{fname} takes at most {positional} positional arguments '
                        f'({len(args)} given)')
    values = []
    for i, name in enumerate(names):
        v = args[i] if i < len(args) else kwargs.get(name, _MISSING)
        if v is _MISSING:
            if i < required:
                raise TypeError(f"{fname} missing required argument '{name}' (pos {i + 1})")
        elif name in _INT_FIELDS:
            v = _as_c_int(v)
        values.append(v)
    for i in range(len(args)):
        if names[i] in kwargs:
            raise TypeError(f"argument for {fname} given by name ('{names[i]}') and position "
                            f"({i + 1})")
    for key in kwargs:
        if key not in names:
            where = 'this function' if fname == 'function' else fname
            raise TypeError(f"'{key}' is an invalid keyword argument for {where}")
    return values


def _check_date_fields(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_time_fields(hh, mm, ss, us, fold):
    if not 0 <= hh <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mm <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= ss <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hh, mm, ss, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{_type_name(tz)}'")


# what a tzinfo method returned, checked as call_utcoffset / call_dst check it
def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{_type_name(offset)}'")
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24).')
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not "
                        f"'{_type_name(name)}'")
    return name


# an offset as '+HH:MM', with ':SS' and '.ffffff' when present (sep '' for %z)
def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or off.microseconds:
        text += f'{sep}{ss:02d}'
        if off.microseconds:
            text += f'.{off.microseconds:06d}'
    return text


def _format_time(hh, mm, ss, us, timespec, position):
    if not isinstance(timespec, str):
        raise TypeError(f'isoformat() argument {position} must be str, not '
                        f'{_arg_type(timespec)}')
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


# as wrap_strftime: %z, %Z and %f filled in here, the rest by time.strftime
def _strftime(obj, fmt, timetuple):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {_arg_type(fmt)}")
    if '%f' not in fmt and '%z' not in fmt and '%Z' not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'f':
            out.append(f'{getattr(obj, "microsecond", 0):06d}')
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), timetuple)


# ---------------------------------------------------------------------------------------------
# timedelta
# ---------------------------------------------------------------------------------------------

# one timedelta argument added to a total of microseconds, as delta_new's accum: the whole part
# exactly, a float's fraction (in microseconds) into `leftover`
def _accum(name, total, num, factor, leftover):
    if isinstance(num, int):
        return total + int(num) * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError(f'unsupported type for timedelta {name} component: {_type_name(num)}')


# a / b rounded half to even (b > 0 or b < 0), as divide_nearest
def _divide_nearest(a, b):
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _delta_from_us(cls, us):
    secs, us = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError(f'days={days}; must have magnitude <= {_MAX_DAYS}')
    self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """A duration: days, seconds and microseconds, normalised (only days may be negative)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        names = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
        values = _parse('__new__()', names, 0, args, kwargs)
        d, s, us, ms, minutes, h, w = values
        total = 0
        leftover = 0.0
        for name, num, factor in (('microseconds', us, 1), ('milliseconds', ms, 1000),
                                  ('seconds', s, 1000000), ('minutes', minutes, 60000000),
                                  ('hours', h, 3600000000), ('days', d, 86400000000),
                                  ('weeks', w, 604800000000)):
            if num is not _MISSING:
                total, leftover = _accum(name, total, num, factor, leftover)
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                # exactly half way: to even, counting the parity of the whole total
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(cls, total)

    days = _field('days')
    seconds = _field('seconds')
    microseconds = _field('microseconds')

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f"{_type_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f'{hh}:{mm:02d}:{ss:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, ' + text
        return text

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._us())

    def __pos__(self):
        return _delta_from_us(timedelta, self._us())

    def __abs__(self):
        return _delta_from_us(timedelta, abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(timedelta, _divide_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // _nonzero(other._us())
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._us() // _nonzero(other))
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('division by zero')
            return self._us() / other._us()
        if isinstance(other, int):
            return _delta_from_us(timedelta, _divide_nearest(self._us(), _nonzero(other)))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(timedelta, _divide_nearest(d * self._us(), _nonzero(n)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer modulo by zero')
            return _delta_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), _nonzero(other._us()))
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _nonzero(n):
    if n == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    return n


timedelta.min = _delta_from_us(timedelta, -_MAX_DAYS * 86400 * 1000000)
timedelta.max = _delta_from_us(timedelta, (_MAX_DAYS + 1) * 86400 * 1000000 - 1)
timedelta.resolution = _delta_from_us(timedelta, 1)
_ONE_DAY = _delta_from_us(timedelta, 86400 * 1000000)
_ZERO = _delta_from_us(timedelta, 0)


# ---------------------------------------------------------------------------------------------
# date
# ---------------------------------------------------------------------------------------------

def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hashcode = -1
        return self
    return cls(y, m, d)


class _IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return tuple, (tuple(self),)


class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        y, m, d = _parse('function', ('year', 'month', 'day'), 3, args, kwargs)
        y, m, d = _check_date_fields(y, m, d)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hashcode = -1
        return self

    year = _field('year', 'date')
    month = _field('month', 'date')
    day = _field('day', 'date')

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _utc_fields(t)[:3]
        return _new_date(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _as_c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError(f'year {_ordinal_to_ymd(n)[0]} is out of range')
        return _new_date(cls, *_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {s!r}')
        try:
            y, m, d = _parse_iso_date(s)
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    def __repr__(self):
        return f'{_type_name(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return (f'{_DAY_ABBR[wd - 1]} {_MONTH_ABBR[self._month]} {self._day:2d} 00:00:00 '
                f'{self._year:04d}')

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument 1 must be str, not {_arg_type(fmt)}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _make_struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(y)
        if today < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif today >= _iso_week1_monday(y + 1):
            y += 1
            monday = _iso_week1_monday(y)
        week, day = divmod(today - monday, 7)
        return _IsoCalendarDate(y, week + 1, day + 1)

    def _dkey(self):
        return (self._year, self._month, self._day)

    # date and datetime never compare as equal (datetime's own methods answer first)
    def _dcmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._dkey(), other._dkey())
        return NotImplemented

    def __eq__(self, other):
        return self._dcmp(other, _eq)

    def __ne__(self, other):
        return self._dcmp(other, _ne)

    def __lt__(self, other):
        return self._dcmp(other, _lt)

    def __le__(self, other):
        return self._dcmp(other, _le)

    def __gt__(self, other):
        return self._dcmp(other, _gt)

    def __ge__(self, other):
        return self._dcmp(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return _new_date(type(self), *_ordinal_to_ymd(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _make_struct(y, m, d, hh, mm, ss, dst):
    wday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _from_iso_calendar(year, week, day):
    year, week, day = _as_c_int(year), _as_c_int(week), _as_c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            first = _ymd_to_ordinal(year, 1, 1) % 7
            long_year = first == 4 or (first == 3 and _is_leap(year))
        if not long_year:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(n)


# the UTC fields of a POSIX timestamp, the fraction rounded half to even to microseconds
# (as _PyTime_ObjectToTimeval with _PyTime_ROUND_HALF_EVEN)
def _utc_fields(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        frac, whole = _math.modf(t)
        secs = int(whole)
        us = round(frac * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
    elif isinstance(t, int):
        secs, us = int(t), 0
    else:
        index = getattr(type(t), '__index__', None)
        if index is None:
            raise TypeError(f"'{_type_name(t)}' object cannot be interpreted as an integer")
        secs, us = index(t), 0
    days, rest = divmod(secs, 86400)
    n = days + _EPOCH_ORDINAL
    if not 1 <= n <= _MAX_ORDINAL:
        y = _ordinal_to_ymd(n)[0] if n > _MAX_ORDINAL else 0
        raise ValueError(f'year {y} is out of range')
    y, m, d = _ordinal_to_ymd(n)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone
# ---------------------------------------------------------------------------------------------

class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname say what a zone does."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    # as tzinfo.fromutc: a UTC time in this zone, for zones whose dst() is consistent
    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = _check_offset('dst', dt.dst())
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        return type(self), (args() if args else ())


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        offset, name = _parse('timezone()', ('offset', 'name'), 1, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not "
                            f"{_arg_type(offset)}")
        if name is _MISSING:
            name = None
            if not offset and cls is timezone and _UTC_READY:
                return utc
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {_arg_type(name)}')
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError(f'offset must be a timedelta strictly between '
                             f'-timedelta(hours=24) and timedelta(hours=24), not {offset!r}.')
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_type_name(self)}({self._offset!r})'
        return f'{_type_name(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{name}(dt) argument must be a datetime instance or None, not '
                            f'{_arg_type(dt)}')

    def utcoffset(self, dt):
        self._check_dt('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt('tzname', dt)
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return 'UTC'
        return 'UTC' + _format_offset(off)

    def dst(self, dt):
        self._check_dt('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC_READY = False
utc = timezone(_ZERO)
_UTC_READY = True
timezone.utc = utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = utc


# ---------------------------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------------------------

class time:
    """A time of day: hour, minute, second, microsecond, and an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, *args, **kwargs):
        names = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
        values = _parse('function', names, 0, args, kwargs, positional=5)
        hh, mm, ss, us, tz, fold = [0 if v is _MISSING else v for v in values]
        if values[4] is _MISSING:
            tz = None
        hh, mm, ss, us, fold = _check_time_fields(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hh, mm, ss, us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _field('hour', 'time')
    minute = _field('minute', 'time')
    second = _field('second', 'time')
    microsecond = _field('microsecond', 'time')
    tzinfo = _field('tzinfo', 'time')
    fold = _field('fold', 'time')

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        text = s[1:] if s[:1] == 'T' else s
        try:
            hh, mm, ss, us, tz = _parse_iso_time(text)
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        return cls(hh, mm, ss, us, tz)

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            text = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            text = f'{self._hour}, {self._minute}, {self._second}'
        else:
            text = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return f'{_type_name(self)}({text})'

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec, 1)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(self, format, _make_struct(1900, 1, 1, self._hour, self._minute,
                                                    self._second, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument 1 must be str, not {_arg_type(fmt)}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -1, 0 or 1; None when a naive and an aware time meet (for == and !=)
    def _cmp(self, other, mixed_ok):
        if self._tzinfo is other._tzinfo:
            a, b = self._tkey(), other._tkey()
        else:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if off1 == off2:
                a, b = self._tkey(), other._tkey()
            elif off1 is None or off2 is None:
                if mixed_ok:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
                    + self._microsecond - off1._us()
                b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 \
                    + other._microsecond - off2._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._tkey())
            else:
                us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
                    + self._microsecond - off._us()
                self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


# ---------------------------------------------------------------------------------------------
# datetime
# ---------------------------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        names = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo',
                 'fold')
        values = _parse('function', names, 3, args, kwargs, positional=8)
        y, m, d = _check_date_fields(*values[:3])
        hh, mm, ss, us, tz, fold = [0 if v is _MISSING else v for v in values[3:]]
        if values[7] is _MISSING:
            tz = None
        hh, mm, ss, us, fold = _check_time_fields(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _raw_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)

    hour = _field('hour', 'datetime')
    minute = _field('minute', 'datetime')
    second = _field('second', 'datetime')
    microsecond = _field('microsecond', 'datetime')
    tzinfo = _field('tzinfo', 'datetime')
    fold = _field('fold', 'datetime')

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        fields = _utc_fields(t)
        result = _new_datetime(cls, *fields, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return _new_datetime(cls, *_utc_fields(t), None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError(f"combine() argument 1 must be datetime.date, not "
                            f"{_arg_type(date_)}")
        if not isinstance(time_, time):
            raise TypeError(f"combine() argument 2 must be datetime.time, not "
                            f"{_arg_type(time_)}")
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) < 7:
            raise ValueError(f'Invalid isoformat string: {s!r}')
        try:
            split = _iso_date_end(s)
            y, m, d = _parse_iso_date(s[:split])
            hh = mm = ss = us = 0
            tz = None
            if len(s) > split:
                hh, mm, ss, us, tz = _parse_iso_time(s[split + 1:])
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError(f'strptime() argument {i + 1} must be str, not '
                                f'{_arg_type(arg)}')
        fields, fraction, gmtoff, gmtoff_fraction, tzname = _time._strptime(date_string,
                                                                            format)
        args = tuple(fields[:6]) + (fraction,)
        if gmtoff is not None:
            offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            args += (timezone(offset, tzname) if tzname else timezone(offset),)
        return cls(*args)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else int(bool(dst))
        return _make_struct(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _make_struct(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def timestamp(self):
        off = self.utcoffset()
        us = self._naive_us()
        if off is not None:
            us -= off._us()
        return (us - _EPOCH_US) / 10 ** 6

    # microseconds since 0001-01-01 00:00 of the fields (ignoring tzinfo)
    def _naive_us(self):
        secs = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                + self._second)
        return secs * 1000000 + self._microsecond

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone()
        else:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            off = _ZERO  # a naive time is local time, which is UTC in the playground
        elif self._tzinfo is tz:
            return self
        utc_us = self._naive_us() - off._us()
        result = _datetime_from_us(type(self), utc_us, tz)
        return tz.fromutc(result)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        text = f'{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}'
        if self._microsecond:
            text += f', {self._second}, {self._microsecond}'
        elif self._second:
            text += f', {self._second}'
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return f'{_type_name(self)}({text})'

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            kind = 'str' if isinstance(sep, str) else _arg_type(sep)
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not {kind}')
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec, 2)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return (f'{_DAY_ABBR[wd - 1]} {_MONTH_ABBR[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    # -1, 0 or 1; None when a naive and an aware datetime meet (for == and !=)
    def _cmp(self, other, mixed_ok):
        if self._tzinfo is other._tzinfo:
            a, b = self._naive_us(), other._naive_us()
        else:
            off1, off2 = self.utcoffset(), other.utcoffset()
            a, b = self._naive_us(), other._naive_us()
            if off1 != off2:
                if off1 is None or off2 is None:
                    if mixed_ok:
                        return None
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a -= off1._us()
                b -= off2._us()
        return (a > b) - (a < b)

    def _compare(self, other, op, mixed_ok):
        if isinstance(other, datetime):
            c = self._cmp(other, mixed_ok)
            if c is None:
                return op is _ne
            return op(c, 0)
        if isinstance(other, date):
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, _eq, True)

    def __ne__(self, other):
        return self._compare(other, _ne, True)

    def __lt__(self, other):
        return self._compare(other, _lt, False)

    def __le__(self, other):
        return self._compare(other, _le, False)

    def __gt__(self, other):
        return self._compare(other, _gt, False)

    def __ge__(self, other):
        return self._compare(other, _ge, False)

    def __hash__(self):
        if self._hashcode == -1:
            us = self._naive_us()
            off = self.utcoffset()
            if off is not None:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._naive_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._naive_us() - other._us(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        us = self._naive_us() - other._naive_us()
        if self._tzinfo is not other._tzinfo:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if off1 != off2:
                if off1 is None or off2 is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                us += off2._us() - off1._us()
        return _delta_from_us(timedelta, us)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


def _raw_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    self = object.__new__(cls)
    self._year, self._month, self._day = y, m, d
    self._hour, self._minute, self._second, self._microsecond = hh, mm, ss, us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz):
    if cls is datetime:
        return _raw_datetime(cls, y, m, d, hh, mm, ss, us, tz)
    return cls(y, m, d, hh, mm, ss, us, tz)


# the datetime `us` microseconds after 0001-01-01 00:00 (naive_us's inverse)
def _datetime_from_us(cls, us, tz):
    secs, us = divmod(us, 1000000)
    n, secs = divmod(secs, 86400)
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return _new_datetime(cls, *_ordinal_to_ymd(n), hh, mm, ss, us, tz)


_EPOCH_US = _EPOCH_ORDINAL * 86400 * 1000000


# the local time zone of astimezone(): UTC, named as CPython names a UTC machine's
def _local_timezone():
    return timezone(_ZERO, 'UTC')


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# fromisoformat (the 3.11 parser: basic and extended forms, ISO week dates, any fraction)
# ---------------------------------------------------------------------------------------------

class _IsoError(Exception):
    pass


def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise _IsoError
    return int(part)


# where the date part of a datetime string ends (the separator's index), as CPython 3.11
# decides it: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
def _iso_date_end(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            if n == 9:
                raise _IsoError
            if n > 10 and '0' <= s[10] <= '9':
                return 8
            return 10
        return 8
    if s[4] == 'W':
        end = 7
        while end < n and '0' <= s[end] <= '9':
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_date(s):
    y = _digits(s, 0, 4)
    pos = 4
    dash = s[4:5] == '-'
    if dash:
        pos += 1
    if s[pos:pos + 1] == 'W':
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if len(s) > pos:
            if (s[pos] == '-') != dash:
                raise _IsoError
            if dash:
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if len(s) != pos:
            raise _IsoError
        try:
            return _from_iso_calendar(y, week, day)
        except ValueError:
            raise _IsoError from None
    m = _digits(s, pos, 2)
    pos += 2
    if (s[pos:pos + 1] == '-') != dash:
        raise _IsoError
    if dash:
        pos += 1
    d = _digits(s, pos, 2)
    if len(s) != pos + 2:
        raise _IsoError
    return y, m, d


# HH[:MM[:SS[.fff...]]] or the same without colons; (hh, mm, ss, us)
def _parse_iso_hms(s):
    fields = [0, 0, 0, 0]
    pos = 0
    colon = None
    for i in range(3):
        fields[i] = _digits(s, pos, 2)
        pos += 2
        if pos >= len(s):
            return fields
        c = s[pos]
        if i == 0:
            colon = c == ':'
        if c == ':' and colon and i < 2:
            pos += 1
            continue
        if c in '.,' and i == 2:
            break
        if colon or i == 2:
            raise _IsoError
    frac = s[pos + 1:]
    if not frac or not all('0' <= c <= '9' for c in frac):
        raise _IsoError
    fields[3] = int((frac + '00000')[:6])
    return fields


def _parse_iso_time(s):
    if len(s) < 2:
        raise _IsoError
    tz_at = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            tz_at = i
            break
    text = s if tz_at < 0 else s[:tz_at]
    hh, mm, ss, us = _parse_iso_hms(text)
    tz = None
    if tz_at >= 0:
        tail = s[tz_at + 1:]
        if s[tz_at] == 'Z':
            if tail:
                raise _IsoError
            tz = utc
        else:
            if len(tail) not in (2, 4, 5) and len(tail) < 6:
                raise _IsoError
            th, tm, ts, tus = _parse_iso_hms(tail)
            if not (th or tm or ts or tus):
                tz = utc
            else:
                sign = -1 if s[tz_at] == '-' else 1
                tz = timezone(sign * timedelta(hours=th, minutes=tm, seconds=ts,
                                               microseconds=tus))
    return hh, mm, ss, us, tz


for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
    # CPython's type names say their module ('datetime.date'): so do reprs and messages
    _cls.__name__ = 'datetime.' + _cls.__name__
_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
del _cls, _m

"""The Python half of the time module (CPython's is all C): struct_time, the calendar
functions and strptime (CPython's _strptime, in the C locale). It runs in the namespace of
the native module (runtime/stdlib/time_module.cpp), whose _gmtime(secs) gives the nine UTC fields of a time (None: now on the virtual clock) and
_strftime(format, fields) formats them in the C locale. The playground's local time is UTC.
"""


class struct_time:
    """The nine fields of a date and time (as time.struct_time), readable by name or index."""

    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __init__(self, seq):
        self._t = tuple(seq)
        if len(self._t) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence '
                            f'({len(self._t)}-sequence given)')
        for name, value in zip(self._fields, self._t):
            setattr(self, name, value)
        self.tm_zone = 'UTC'
        self.tm_gmtoff = 0

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        fields = ', '.join(f'{name}={value}' for name, value in zip(self._fields, self._t))
        return f'time.struct_time({fields})'


# as time.gmtime; localtime is the same function (UTC)
def gmtime(secs=None):
    return struct_time(_gmtime(secs))


localtime = gmtime


# as time.strftime: without a time, now
def strftime(format, t=None):
    if t is None:
        t = _gmtime(None)
    if any(d in format for d in ('%U', '%W', '%G', '%g', '%V', '%C', '%-')):
        format = _expand_weeks(format, t)
    return _strftime(format, t)


# what the C library's strftime gives for %U, %W, %G, %g, %V, %C (the century unpadded) and
# the '-' flag (no padding) and the native _strftime does not: written out before it runs
def _expand_weeks(format, t):
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != '%' or i + 1 >= len(format):
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == '-' and i < len(format):
            d = format[i]
            i += 1
            if d in 'dmHIMSjyeUWVC':
                text = _week_field(d, t) if d in 'UWVC' else _strftime('%' + d, t)
                out.append(text.lstrip('0 ') or '0')
            else:
                out.append('%-' + d)
            continue
        if d in 'UWGgVC':
            out.append(_week_field(d, t))
        else:
            out.append('%' + d)
    return ''.join(out)


def _iso_weeks(year):
    def p(y):
        return (y + y // 4 - y // 100 + y // 400) % 7
    return 53 if p(year) == 4 or p(year - 1) == 3 else 52


def _week_field(d, t):
    year, wday, yday = t[0], t[6] % 7, t[7] - 1
    if d == 'C':
        return str(year // 100)
    if d == 'U':
        return f'{(yday + 7 - (wday + 1) % 7) // 7:02d}'
    if d == 'W':
        return f'{(yday + 7 - wday) // 7:02d}'
    week = (yday + 1 - (wday + 1) + 10) // 7
    if week < 1:
        year -= 1
        week = _iso_weeks(year)
    elif week > _iso_weeks(year):
        year += 1
        week = 1
    if d == 'V':
        return f'{week:02d}'
    return str(year) if d == 'G' else f'{year % 100:02d}'


# as time.mktime: a local time tuple as seconds since the epoch; local time is UTC, and fields
# out of range carry over (month 13 is January of the next year, as the C library's mktime)
def mktime(t):
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'mktime(): illegal time tuple argument')
    year, month, day, hour, minute, second = (int(v) for v in tuple(t)[:6])
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _ordinal(year, month, 1) - _ordinal(1970, 1, 1) + day - 1
    return float(((days * 24 + hour) * 60 + minute) * 60 + second)


tzname = ('UTC', 'UTC')


# CPU time (process_time, thread_time and their _ns forms): on the virtual clock computing
# takes no time (SEMANTICS.md rule 2) and sleeping or waiting uses no CPU, so the program and
# each of its threads have used none: always 0.0 (0 ns), never going back
def process_time():
    return 0.0


def process_time_ns():
    return 0


def thread_time():
    return 0.0


def thread_time_ns():
    return 0


# as time.asctime: 'Thu Jan  1 00:00:00 2026' (the day padded with a space, not a zero)
def asctime(t=None):
    return _asctime(_gmtime(None) if t is None else t)


def _asctime(t):
    return _strftime('%a %b ', t) + f'{t[2]:2d}' + _strftime(' %H:%M:%S %Y', t)


# as time.ctime: asctime of a number of seconds
def ctime(secs=None):
    return _asctime(_gmtime(secs))


# strptime's directives as regular expressions in the C locale (as CPython's _strptime.TimeRE)
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')
_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')


def _names_re(key, names):
    return f'(?P<{key}>' + '|'.join(sorted(names, key=len, reverse=True)) + ')'


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'G': r'(?P<G>\d\d\d\d)',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'A': _names_re('A', _DAYS),
    'a': _names_re('a', [d[:3] for d in _DAYS]),
    'B': _names_re('B', _MONTHS),
    'b': _names_re('b', [m[:3] for m in _MONTHS]),
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    '%': '%',
}
# the C locale's %c, %x and %X, expanded before the directives
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


# as TimeRE.pattern: the format's regex characters escaped, runs of spaces matching any
# whitespace, each directive its expression
def _strptime_pattern(format):
    import re
    text = re.sub(r'([\\.^$*+?\(\){}\[\]|])', r'\\\1', format)
    text = re.sub(r'\s+', r'\\s+', text)
    out = []
    while '%' in text:
        i = text.index('%')
        out.append(text[:i])
        key = text[i + 1]
        out.append(_strptime_pattern(_COMPOSITE[key]) if key in _COMPOSITE else _DIRECTIVES[key])
        text = text[i + 2:]
    out.append(text)
    return ''.join(out)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return (31, 29 if _is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]


# the proleptic Gregorian day number of a date, 1 for 0001-01-01 (as date.toordinal)
def _ordinal(y, m, d):
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')
    p = y - 1
    before = p * 365 + p // 4 - p // 100 + p // 400
    return before + sum(_days_in_month(y, k) for k in range(1, m)) + d


# as _calc_julian_from_U_or_W: the day of the year of a weekday in week %U / %W
def _julian_from_week(year, week, weekday, starts_monday):
    first = (_ordinal(year, 1, 1) + 6) % 7
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


# the compiled expression of a strptime format (CPython's _strptime caches them too)
_regex_cache = {}


def _strptime_regex(format):
    if len(_regex_cache) > 100:
        _regex_cache.clear()
    try:
        import re
        return re.compile(_strptime_pattern(format), re.IGNORECASE)
    except KeyError as err:
        bad = err.args[0]
        raise ValueError(f"'{'%' if bad == chr(92) else bad}' is a bad directive in format "
                         f"'{format}'") from None
    except IndexError:
        raise ValueError(f"stray % in format '{format}'") from None


# as time.strptime: a struct_time whose tm_zone and tm_gmtoff are what the text gives
def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    fields, fraction, gmtoff, gmtoff_fraction, tzname = _strptime(string, format)
    result = struct_time(fields)
    result.tm_zone = tzname
    result.tm_gmtoff = gmtoff
    return result


# as CPython's _strptime._strptime: the nine fields the text gives, the rest from
# 1900-01-01 00:00:00 (the weekday and day of the year computed when the text lacks them), the
# microseconds of %f, the UTC offset of %z in seconds and its microseconds, and %Z's text
# (datetime.strptime reads them all)
def _strptime(string, format):
    for index, arg in enumerate((string, format)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg)}')
    regex = _regex_cache.get(format)
    if regex is None:
        regex = _regex_cache[format] = _strptime_regex(format)
    found = regex.match(string)
    if found is None:
        raise ValueError(f'time data {string!r} does not match format {format!r}')
    if len(string) != found.end():
        raise ValueError(f'unconverted data remains: {string[found.end():]}')
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = 0
    tz = -1
    fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    week = week_start = -1
    weekday = julian = iso_year = iso_week = None
    for key, text in g.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'm':
            month = int(text)
        elif key in 'Bb':
            names = _MONTHS if key == 'B' else [m[:3] for m in _MONTHS]
            month = names.index(text.lower()) + 1
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = g.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key in 'Aa':
            names = _DAYS if key == 'A' else [d[:3] for d in _DAYS]
            weekday = names.index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in 'UW':
            week = int(text)
            week_start = 6 if key == 'U' else 0
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'z':
            gmtoff, gmtoff_fraction = _utc_offset(text)
        elif key == 'Z':
            tz = 0
        elif key == 'G':
            iso_year = int(text)
        elif key == 'V':
            iso_week = int(text)
    _check_iso_directives(year, iso_year, iso_week, week, weekday, julian)
    leap_fix = False
    if year is None:
        leap_fix = month == 2 and day == 29
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None and week != -1:
        julian = _julian_from_week(year, week, weekday, week_start == 0)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    elif julian is None and weekday is not None and iso_week is not None:
        year, julian = _julian_from_iso(iso_year, iso_week, weekday)
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        ordinal = julian - 1 + _ordinal(year, 1, 1)
        t = _gmtime((ordinal - _ordinal(1970, 1, 1)) * 86400)
        year, month, day = t[0], t[1], t[2]
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, julian, tz)
    return fields, fraction, gmtoff, gmtoff_fraction, g.get('Z')


# the ISO directives' rules, with CPython's messages: %G needs %V and a weekday (and no %j),
# %V needs %G and a weekday
def _check_iso_directives(year, iso_year, iso_week, week, weekday, julian):
    weekdays = "directive ('%A', '%a', '%w', or '%u')."
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday " + weekdays)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week == -1 and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday " + weekdays)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")


# (year, day of the year) of a weekday (0 is Monday) of an ISO week, as CPython's
# _calc_julian_from_V counts it: from January 1st of the ISO year (so past its end for the
# last days of week 53), or of the year before when the day falls in it
def _julian_from_iso(iso_year, iso_week, weekday):
    jan4 = _ordinal(iso_year, 1, 4)
    n = jan4 - (jan4 + 6) % 7 + (iso_week - 1) * 7 + weekday
    year = iso_year if n >= _ordinal(iso_year, 1, 1) else iso_year - 1
    return year, n - _ordinal(year, 1, 1) + 1


# %z's text ('Z', '+HH[:]MM', '-HH[:]MM[:]SS[.ffffff]') as (seconds, microseconds) east of UTC
def _utc_offset(text):
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f'Inconsistent use of : in {text}')
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    micro = z[8:]
    fraction = int(micro + '0' * (6 - len(micro))) if micro else 0
    if z[0] == '-':
        return -seconds, -fraction
    return seconds, fraction

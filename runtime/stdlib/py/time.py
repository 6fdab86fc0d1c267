"""The Python half of the time module (CPython's is all C): struct_time and the calendar
functions. It runs in the namespace of the native module (runtime/stdlib/time_module.cpp),
whose _gmtime(secs) gives the nine UTC fields of a time (None: now on the virtual clock) and
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
    return _strftime(format, _gmtime(None) if t is None else t)


# as time.asctime: 'Thu Jan  1 00:00:00 2026' (the day padded with a space, not a zero)
def asctime(t=None):
    return _asctime(_gmtime(None) if t is None else t)


def _asctime(t):
    return _strftime('%a %b ', t) + f'{t[2]:2d}' + _strftime(' %H:%M:%S %Y', t)


# as time.ctime: asctime of a number of seconds
def ctime(secs=None):
    return _asctime(_gmtime(secs))

class struct_time:
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __init__(self, seq):
        self._t = tuple(seq)
        self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min, self.tm_sec, \
            self.tm_wday, self.tm_yday, self.tm_isdst = self._t[:9]
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
        parts = ', '.join(f'{n}={v}' for n, v in zip(self._fields, self._t))
        return f'time.struct_time({parts})'

def gmtime(secs=None):
    return struct_time(_gmtime(secs))

localtime = gmtime

def strftime(format, t=None):
    if t is None:
        t = _gmtime(None)
    return _strftime(format, t)

def asctime(t=None):
    if t is None:
        t = _gmtime(None)
    return _asctime(t)

def _asctime(t):
    s = _strftime('%a %b ', t)
    return s + f'{t[2]:2d}' + _strftime(' %H:%M:%S %Y', t)

def ctime(secs=None):
    return _asctime(_gmtime(secs))

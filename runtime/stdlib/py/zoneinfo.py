"""zoneinfo for the playground: ZoneInfo for UTC only. The playground has no time zone database
(the IANA tzdata), so the only zones are UTC and its aliases ('UTC', 'Etc/UTC', 'GMT', ...);
any other key raises ZoneInfoNotFoundError saying so. For a fixed offset, use
datetime.timezone(timedelta(hours=...))."""

from datetime import tzinfo as _tzinfo, timedelta as _timedelta, datetime as _datetime

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

TZPATH = ()

# the keys the playground knows, with the abbreviation tzname() gives
_UTC_KEYS = {'UTC': 'UTC', 'Etc/UTC': 'UTC', 'UCT': 'UTC', 'Etc/UCT': 'UTC',
             'Universal': 'UTC', 'Etc/Universal': 'UTC', 'Zulu': 'UTC', 'Etc/Zulu': 'UTC',
             'GMT': 'GMT', 'Etc/GMT': 'GMT', 'GMT0': 'GMT', 'Etc/GMT0': 'GMT',
             'GMT+0': 'GMT', 'GMT-0': 'GMT', 'Etc/GMT+0': 'GMT', 'Etc/GMT-0': 'GMT',
             'Greenwich': 'GMT', 'Etc/Greenwich': 'GMT'}
_ZERO = _timedelta(0)
_cache = {}  # (class, key): zone, as each ZoneInfo class's own cache


class ZoneInfoNotFoundError(KeyError):
    """A time zone key the playground cannot find (it knows only UTC)."""


class InvalidTZPathWarning(RuntimeWarning):
    """An invalid entry in the time zone search path."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'
InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


class ZoneInfo(_tzinfo):
    """A time zone by its IANA key; in the playground, UTC (under any of its names)."""

    def __new__(cls, key):
        zone = _cache.get((cls, key))
        if zone is None:
            zone = _cache[cls, key] = cls._make(key)
        return zone

    @classmethod
    def no_cache(cls, key):
        return cls._make(key)

    @classmethod
    def _make(cls, key):
        if not isinstance(key, str):
            raise TypeError(f'expected str, bytes or os.PathLike object, not '
                            f'{type(key).__name__}')
        if key not in _UTC_KEYS:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key} (the playground '
                                        f'has no time zone database: only UTC; use '
                                        f'datetime.timezone for a fixed offset)')
        zone = object.__new__(cls)
        zone._key = key
        return zone

    @classmethod
    def from_file(cls, fobj, key=None):
        raise NotImplementedError('zoneinfo.ZoneInfo.from_file is not supported in the '
                                  'playground: there are no tzdata files')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        for owner, key in list(_cache):
            if owner is cls and (only_keys is None or key in only_keys):
                del _cache[owner, key]

    key = property(lambda self: self._key)

    def utcoffset(self, dt):
        return _ZERO

    def dst(self, dt):
        return _ZERO

    def tzname(self, dt):
        return _UTC_KEYS[self._key]

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt

    def __str__(self):
        return self._key

    def __repr__(self):
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        return f'{name}(key={self._key!r})'

    def __reduce__(self):
        return type(self), (self._key,)


def available_timezones():
    return set(_UTC_KEYS)


def reset_tzpath(to=None):
    pass

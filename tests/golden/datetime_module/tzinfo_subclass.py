# a tzinfo subclass written by the program: utcoffset/dst/tzname, fromutc, and checked results
from datetime import datetime, timedelta, timezone, tzinfo, time

class Eastern(tzinfo):
    """A fixed Eastern Standard Time (no daylight saving), as the docs' examples write one."""
    def utcoffset(self, dt):
        return timedelta(hours=-5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'EST'
    def __repr__(self):
        return 'Eastern()'

class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def dst(self, dt):
        return timedelta(hours=1)
    def tzname(self, dt):
        return 'SUMMER'

est = Eastern()
d = datetime(2026, 7, 4, 12, tzinfo=est)
print(d, repr(d), d.tzname(), d.utcoffset(), d.dst(), d.strftime('%H:%M %Z %z'))
print(d.astimezone(timezone.utc), d.astimezone(Summer()), d.astimezone(Summer()).tzname())
print(datetime(2026, 7, 4, 17, tzinfo=timezone.utc).astimezone(est), datetime.fromtimestamp(0, est))
print(d.timetuple().tm_isdst, datetime(2026, 1, 1, tzinfo=Summer()).timetuple().tm_isdst, datetime(2026, 1, 1).timetuple().tm_isdst)
print(d == datetime(2026, 7, 4, 17, tzinfo=timezone.utc), d - datetime(2026, 7, 4, tzinfo=timezone.utc))
print(time(8, tzinfo=est), time(8, tzinfo=est).utcoffset(), isinstance(est, tzinfo))
summer = Summer()
print(est.fromutc(datetime(2026, 1, 1, 12, tzinfo=est)), summer.fromutc(datetime(2026, 1, 1, 12, tzinfo=summer)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class IntOffset(tzinfo):
    def utcoffset(self, dt):
        return 3600
    def tzname(self, dt):
        return 42

class DayOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=1)

class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return None

attempt('int offset', lambda: datetime(2026, 1, 1, tzinfo=IntOffset()).utcoffset())
attempt('int tzname', lambda: datetime(2026, 1, 1, tzinfo=IntOffset()).tzname())
attempt('day offset', lambda: datetime(2026, 1, 1, tzinfo=DayOffset()).isoformat())
attempt('base utcoffset', lambda: datetime(2026, 1, 1, tzinfo=tzinfo()).utcoffset())
attempt('base tzname', lambda: tzinfo().tzname(None))
attempt('base dst', lambda: tzinfo().dst(None))
attempt('no dst fromutc', lambda: datetime(2026, 1, 1, tzinfo=timezone.utc).astimezone(NoDst()))
attempt('fromutc other', lambda: est.fromutc(datetime(2026, 1, 1, tzinfo=timezone.utc)))
attempt('naive vs est', lambda: datetime(2026, 1, 1) < d)

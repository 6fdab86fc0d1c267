# zoneinfo.ZoneInfo('UTC'): the one zone every machine has (the playground has no tz database)
from datetime import datetime, timedelta, timezone
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

utc = ZoneInfo('UTC')
print(repr(utc), str(utc), utc.key, utc is ZoneInfo('UTC'), ZoneInfo.no_cache('UTC') is utc)
print(utc.utcoffset(None), utc.dst(None), utc.tzname(None), ZoneInfo('Etc/UTC').tzname(None), ZoneInfo('GMT').tzname(None))
d = datetime(2026, 1, 1, 9, 30, tzinfo=utc)
print(d, repr(d), d.tzname(), d.utcoffset(), d.strftime('%H:%M %Z %z'))
print(d.astimezone(timezone(timedelta(hours=2))), datetime(2026, 1, 1, 5, tzinfo=timezone(timedelta(hours=2))).astimezone(utc))
print(d == datetime(2026, 1, 1, 9, 30, tzinfo=timezone.utc), d - datetime(2026, 1, 1, tzinfo=timezone.utc))
print(datetime.fromtimestamp(1767225600, utc), repr(datetime.fromtimestamp(0, utc)))
now = datetime.now(ZoneInfo('UTC'))
print(now.tzinfo is utc, now.utcoffset(), abs(now - datetime.now(timezone.utc)) < timedelta(seconds=5))
print(issubclass(ZoneInfoNotFoundError, KeyError), 'UTC' in zoneinfo.available_timezones())

class MyZone(ZoneInfo):
    pass

print(repr(MyZone('UTC')))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)

attempt('no such zone', lambda: ZoneInfo('Nowhere/Atlantis'))
attempt('fromutc int', lambda: utc.fromutc(1))
attempt('fromutc naive', lambda: utc.fromutc(datetime(2026, 1, 1)))
try:
    utc.fromutc(datetime(2026, 1, 1))
except ValueError as e:
    print(e)

# timezone (UTC and fixed offsets), aware datetimes, astimezone, comparisons across zones
import datetime as dtmod
from datetime import datetime, timedelta, timezone, time

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
pst = timezone(timedelta(hours=-8), 'PST')
print(utc, repr(utc), dtmod.UTC is utc, timezone(timedelta(0)) is utc, repr(timezone(timedelta(0), 'Z')))
print(ist, repr(ist), pst, repr(pst), repr(timezone(-timedelta(minutes=90))))
print(timezone.min, timezone.max, repr(timezone(timedelta(seconds=61))), timezone(timedelta(microseconds=1)))
print(ist.utcoffset(None), pst.tzname(None), ist.tzname(None), utc.dst(None), ist == timezone(timedelta(minutes=330), 'x'))
launch = datetime(2026, 1, 1, 9, 0, tzinfo=ist)
print(launch, repr(launch))
print(launch.utcoffset(), launch.tzname(), launch.dst(), launch.astimezone(utc), launch.astimezone(pst))
print(repr(launch.astimezone(utc)), launch.astimezone(ist) is launch)
print(launch == launch.astimezone(pst), launch < datetime(2026, 1, 1, 4, tzinfo=utc), hash(launch) == hash(launch.astimezone(utc)))
print(launch - datetime(2026, 1, 1, tzinfo=utc), datetime(2026, 1, 1, tzinfo=pst) - launch)
naive = datetime(2026, 1, 1, 12)
print(naive.astimezone(utc), naive.astimezone(ist), repr(naive.astimezone()), naive.astimezone().tzname())
print(launch.replace(tzinfo=None), launch.timetz(), repr(launch.timetz()), launch.time())
print(launch.timestamp(), naive.timestamp(), datetime(2026, 1, 1, tzinfo=utc).timestamp())
print(launch.utctimetuple())
print(launch.timetuple())
print(datetime.fromtimestamp(1767225600, utc), datetime.fromtimestamp(1767225600, ist), datetime.fromtimestamp(1767225600, pst).tzname())
print(repr(datetime.utcfromtimestamp(1767225600.25)), repr(datetime.fromtimestamp(0, utc)))
print(datetime.combine(launch.date(), time(18, tzinfo=pst)), launch + timedelta(hours=20))
print(sorted([datetime(2026, 1, 1, 10, tzinfo=ist), datetime(2026, 1, 1, 4, 0, tzinfo=utc), datetime(2025, 12, 31, 21, tzinfo=pst)]))
print(time(9, tzinfo=ist) < time(4, tzinfo=utc), time(9, tzinfo=ist).utcoffset(), time(9, tzinfo=pst).tzname())
print({timezone(timedelta(hours=1)): 'a', timezone(timedelta(hours=1), 'CET'): 'b'})

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('24h', lambda: timezone(timedelta(hours=24)))
attempt('-24h', lambda: timezone(-timedelta(hours=24)))
attempt('int offset', lambda: timezone(5))
attempt('int name', lambda: timezone(timedelta(0), 5))
attempt('no offset', lambda: timezone())
attempt('three args', lambda: timezone(timedelta(0), 'a', 'b'))
attempt('utcoffset(1)', lambda: ist.utcoffset(1))
attempt('fromutc naive', lambda: ist.fromutc(naive))
attempt('fromutc int', lambda: ist.fromutc(1))
attempt('astimezone(1)', lambda: launch.astimezone(1))
attempt('fromtimestamp tz', lambda: datetime.fromtimestamp(0, 'UTC'))

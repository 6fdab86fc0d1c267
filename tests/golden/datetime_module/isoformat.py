# isoformat and fromisoformat (3.11's parser: basic and extended forms, week dates, any fraction)
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2026, 3, 7, 14, 5, 9, 123456)
print(dt.isoformat(), datetime(2026, 3, 7).isoformat(), dt.isoformat(' '), dt.isoformat(sep='_'))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, dt.isoformat(timespec=spec), time(1, 2, 3).isoformat(spec), datetime(2026, 1, 1).isoformat(timespec=spec))
print(dt.replace(tzinfo=timezone.utc).isoformat(), dt.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30))).isoformat())
print(dt.replace(tzinfo=timezone(timedelta(seconds=3723, microseconds=5))).isoformat(), time(1, tzinfo=timezone.utc).isoformat())
print(date(2026, 3, 7).isoformat(), str(date(44, 1, 1)), str(time(0)), str(time(0, 0, 0, 1)))
for text in ['2026-03-07', '20260307', '2026-W10', '2026W10', '2026-W10-6', '2026W106', '2020-W53-5']:
    print(text, repr(date.fromisoformat(text)))
for text in ['2026-03-07T14:05', '2026-03-07 14:05:09', '2026-03-07T14', '2026-03-07T1405', '20260307T140509',
             '2026-03-07T14:05:09.5', '2026-03-07T14:05:09,25', '2026-03-07T14:05:09.123456789',
             '2026-03-07T14:05:09Z', '2026-03-07T14:05:09+02:00', '2026-03-07T14:05:09-0330', '2026-03-07T14:05:09+05',
             '2026-03-07T14:05:09+00:00', '2026-03-07T14:05:09+01:02:03.5', '2026-W10-6T12:00', '2026W106T1200',
             '2026-03-07', '2026-03-07X14:05']:
    print(text, repr(datetime.fromisoformat(text)))
for text in ['14:05', '14', '1405', '140509', 'T14:05:09.25', '14:05:09+02:00', '14:05Z', '14:05:09.1234567']:
    print(text, repr(time.fromisoformat(text)))
print(datetime.fromisoformat(dt.isoformat()) == dt, date.fromisoformat(str(date.max)) == date.max)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for bad in ['2026-13-01', '2026-02-30', '2026/03/07', '2026-3-7', '26-03-07', '2026-0307', '2026-W54', '2026-W10-8', '']:
    attempt('date ' + bad, lambda: date.fromisoformat(bad))
for bad in ['2026-03-07T25:00', '2026-03-07T24:00', '2026-03-07T14:60', '2026-03-07T14:05:09.', '2026-03-07T1405:09',
            '2026-03-07T', '2026-03-07T14:05Zx', '2026-03-07T14:05+', '2026-03-07T14:05:09 ', 'yesterday', '2026-03-07T14:05+24:00']:
    attempt('datetime ' + bad, lambda: datetime.fromisoformat(bad))
for bad in ['', '1', '14:05:', '14:3', '25:00']:
    attempt('time ' + bad, lambda: time.fromisoformat(bad))
attempt('not str', lambda: datetime.fromisoformat(20260307))
attempt('date not str', lambda: date.fromisoformat(None))
attempt('bad timespec', lambda: dt.isoformat(timespec='days'))
attempt('bad sep', lambda: dt.isoformat('--'))

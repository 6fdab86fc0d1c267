# datetime.strptime: reading dates and times with a format, %f and %z, and its errors
from datetime import datetime, timezone, timedelta
import time

print(datetime.strptime('2026-03-07', '%Y-%m-%d'))
print(repr(datetime.strptime('07/03/26 14:05', '%d/%m/%y %H:%M')))
print(datetime.strptime('March 7, 2026', '%B %d, %Y'), datetime.strptime('sat mar 7 2026', '%a %b %d %Y'))
print(datetime.strptime('7:05 PM', '%I:%M %p'), datetime.strptime('12:00 am', '%I:%M %p'))
print(repr(datetime.strptime('14:05:09.5', '%H:%M:%S.%f')), repr(datetime.strptime('14:05:09.000042', '%H:%M:%S.%f')))
print(repr(datetime.strptime('2026-03-07T14:05:09Z', '%Y-%m-%dT%H:%M:%S%z')))
print(repr(datetime.strptime('2026-03-07 14:05 +05:30', '%Y-%m-%d %H:%M %z')))
print(datetime.strptime('2026-03-07 14:05 -0800', '%Y-%m-%d %H:%M %z'))
print(repr(datetime.strptime('2026-03-07 +0000 UTC', '%Y-%m-%d %z %Z')), repr(datetime.strptime('2026 UTC', '%Y %Z')))
print(datetime.strptime('2026 66', '%Y %j'), datetime.strptime('2026 10 1', '%Y %W %w'), datetime.strptime('Feb 28', '%b %d'))
print(datetime.strptime('  2026-3-7', ' %Y-%m-%d'), datetime.strptime('Mon Mar  2 10:00:00 2026', '%c'))
print(datetime.strptime('2026-03-07 14:05:09', '%Y-%m-%d %H:%M:%S') - datetime.strptime('2026-03-01', '%Y-%m-%d'))
t = time.strptime('2026-03-07 14:05 +0130', '%Y-%m-%d %H:%M %z')
print(t, t.tm_gmtoff, t.tm_zone)
print(time.strptime('2026', '%Y').tm_gmtoff, time.strptime('2026 UTC', '%Y %Z').tm_zone)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('mismatch', lambda: datetime.strptime('2026/03/07', '%Y-%m-%d'))
attempt('leftover', lambda: datetime.strptime('2026-03-07 10:00', '%Y-%m-%d'))
attempt('bad day', lambda: datetime.strptime('2026-02-30', '%Y-%m-%d'))
attempt('bad directive', lambda: datetime.strptime('2026', '%Q'))
attempt('stray %', lambda: datetime.strptime('2026', '%Y%'))
attempt('not str', lambda: datetime.strptime(2026, '%Y'))
attempt('format not str', lambda: datetime.strptime('2026', None))
attempt('colon mix', lambda: datetime.strptime('+01:0203', '%z'))
attempt('hour 24', lambda: datetime.strptime('24:00', '%H:%M'))
attempt('feb 29 1900', lambda: datetime.strptime('Feb 29', '%b %d'))
attempt('empty', lambda: datetime.strptime('', ''))

# strftime and format(): the C locale's directives, %f %z %Z, week numbers, f-strings
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2026, 3, 7, 14, 5, 9, 42)
print(dt.strftime('%Y-%m-%d %H:%M:%S'))
print(dt.strftime('%d/%m/%y %I:%M %p'), dt.strftime('%A, %B %d, %Y'), dt.strftime('%a %b %e'))
print(dt.strftime('%j %U %W %w %u %V %G %g'), dt.strftime('%c | %x | %X'))
print(dt.strftime('%f|%z|%Z|%%|%H%M'), dt.strftime(''), dt.strftime('no directives'))
print(dt.strftime('%D %T %R %F %C %h %n%t|'))
print(dt.strftime('%-d/%-m %-H:%-M %-I%p'), datetime(2026, 11, 12, 10).strftime('%-d/%-m %-H %-j'))
print(f'{dt:%Y-%m-%d}', f'{dt}', f'{dt:%H:%M:%S.%f}', '{:%d %b}'.format(dt), format(dt, ''))
print(f'{date(2026, 1, 5):%A %d %B}', f'{time(7, 30):%H.%M}', f'{time(19, 30):%I:%M %p}')
print(time(7, 30, 5, 12).strftime('%H:%M:%S.%f %Y-%m-%d %j'))
print(date(2026, 1, 1).strftime('%H:%M:%S %f'), date(5, 1, 1).strftime('%Y %y %C'))
aware = dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime('%Y-%m-%dT%H:%M:%S%z %Z'))
print(dt.replace(tzinfo=timezone.utc).strftime('%z %Z'), dt.replace(tzinfo=timezone(-timedelta(hours=8), 'PST')).strftime('%z %Z'))
print(dt.replace(tzinfo=timezone(timedelta(seconds=-3723, microseconds=-5))).strftime('%z'))
print(dt.replace(tzinfo=timezone(timedelta(hours=1), '50%')).strftime('[%Z]'))
for day in (1, 2, 3, 4, 5, 6, 7, 8):
    d = date(2027, 1, day)
    print(d, d.strftime('%a %U %W %V %G'), d.isocalendar())
for d in (date(2020, 12, 31), date(2021, 1, 3), date(2024, 12, 30), date(2026, 12, 28), date(2027, 1, 1)):
    print(d, d.strftime('%G-W%V-%u'))
print([datetime(2026, 1, 1, h).strftime('%I %p') for h in (0, 1, 11, 12, 13, 23)])
print(dt.strftime('%Y') * 2, len(datetime.now().strftime('%Y-%m-%d %H:%M:%S')))

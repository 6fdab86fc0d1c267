# isocalendar, ordinals, fromisocalendar, timestamps and the virtual clock's epoch arithmetic
from datetime import date, datetime, timedelta, timezone

for d in (date(2026, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31), date(2027, 1, 4)):
    iso = d.isocalendar()
    print(d, iso, iso.year, iso.week, iso.weekday, tuple(iso), iso[1], type(iso).__name__)
y, w, wd = date(2026, 6, 15).isocalendar()
print(y, w, wd, date.fromisocalendar(y, w, wd), date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2026, 1, 1))
print(date(2026, 1, 1).toordinal(), date.fromordinal(739617), datetime.fromordinal(739617))
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.utcfromtimestamp(0), datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.utcfromtimestamp(-86400.5))
for t in (0.0000005, 0.0000015, 0.0000025, 1.9999996, -0.0000005, 1767225600.123456):
    print(t, repr(datetime.utcfromtimestamp(t)))
print(datetime(2026, 1, 1, 0, 0, 2).timestamp() - datetime(2026, 1, 1).timestamp())
print(datetime.fromtimestamp(1767225602, timezone.utc) - datetime(2026, 1, 1, tzinfo=timezone.utc))
days_to_friday = (4 - date(2026, 1, 1).weekday()) % 7
print(date(2026, 1, 1) + timedelta(days=days_to_friday))
first = date(2026, 2, 1)
next_month = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
print(next_month, (next_month - first).days)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('week 53', lambda: date.fromisocalendar(2026, 53, 1))
attempt('week 0', lambda: date.fromisocalendar(2026, 0, 1))
attempt('day 8', lambda: date.fromisocalendar(2026, 1, 8))
attempt('year 0', lambda: date.fromisocalendar(0, 1, 1))
attempt('nan', lambda: datetime.utcfromtimestamp(float('nan')))
attempt('str', lambda: datetime.fromtimestamp('0'))
attempt('year 10000', lambda: datetime.utcfromtimestamp(1e12))

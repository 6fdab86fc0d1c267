# calendar basics a tutorial uses: isleap, leapdays, monthrange, weekday, names, monthcalendar
import calendar

print(calendar.month(2026, 1))
for year in (1900, 2000, 2024, 2026, 2100):
    print(year, calendar.isleap(year), calendar.monthrange(year, 2))
print(calendar.leapdays(1900, 2026), calendar.leapdays(2026, 1900))
first, days = calendar.monthrange(2026, 1)
print(calendar.day_name[first], days, calendar.month_name[1], calendar.month_abbr[12])
print(calendar.weekday(2026, 1, 1), calendar.day_name[calendar.weekday(2026, 7, 4)], calendar.weekday(10000, 1, 1))
print(list(calendar.month_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_name[-1], len(calendar.month_name), len(calendar.day_name))
print([m for m in calendar.month_abbr if m])
print(calendar.MONDAY, calendar.FRIDAY, calendar.SUNDAY, calendar.firstweekday())
for week in calendar.monthcalendar(2026, 2):
    print(week)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.timegm((2026, 1, 1, 0, 0, 0)), calendar.timegm((2026, 3, 7, 14, 5, 9, 0, 0, 0)))
print(sum(calendar.monthrange(2026, m)[1] for m in range(1, 13)), calendar.mdays)
fridays = [week[calendar.FRIDAY] for week in calendar.monthcalendar(2026, 3) if week[calendar.FRIDAY]]
print(fridays)

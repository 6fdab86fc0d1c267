# HTMLCalendar's tables (month, year, CSS classes), and the locale calendars in the C locale
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2026, 1))
print(h.formatmonth(2026, 2, withyear=False))
print(h.formatyear(2026, 4))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2026, 3))
print(h.formatday(0, 3), h.formatday(5, 6), h.formatweekday(2))
print(h.formatweekheader(), h.formatmonthname(2026, 5))

class Compact(calendar.HTMLCalendar):
    cssclasses = ['day'] * 5 + ['weekend'] * 2
    cssclass_noday = 'empty'

print(Compact().formatweek([(0, 0), (1, 1), (2, 5), (3, 6)]))
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2026, 4))
print(calendar.LocaleHTMLCalendar(6).formatmonth(2026, 4))

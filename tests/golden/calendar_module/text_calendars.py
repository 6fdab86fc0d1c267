# printed calendars: prmonth, calendar()/prcal for a year, widths, firstweekday, TextCalendar
import calendar

calendar.prmonth(2026, 3)
print(calendar.month(2024, 2, 4, 2))
print(calendar.calendar(2026))
calendar.prcal(2024, 3, 1, 4, 4)
print(calendar.calendar(2025, m=2))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2026, 1))
print(calendar.month(2026, 1))
calendar.setfirstweekday(calendar.MONDAY)
text = calendar.TextCalendar(calendar.SUNDAY)
print(text.formatmonth(2026, 5))
print(repr(text.formatmonthname(2026, 5, 20)), repr(text.formatweekday(3, 9)), repr(text.formatday(5, 0, 4)))
print(text.formatweekheader(3))
text.prmonth(2026, 6, 3)

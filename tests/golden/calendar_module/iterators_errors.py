# calendar.Calendar's iterators and the module's errors
import calendar

c = calendar.Calendar(calendar.SUNDAY)
print(list(c.iterweekdays()), c.firstweekday, calendar.Calendar(7).firstweekday)
print(list(c.itermonthdays(2026, 2)))
print(list(c.itermonthdays2(2026, 2))[:9])
print(list(c.itermonthdates(2026, 2))[:3], list(c.itermonthdates(2026, 2))[-3:])
print(list(c.itermonthdays3(2026, 12))[-4:], list(c.itermonthdays4(2026, 1))[:4])
print(c.monthdatescalendar(2026, 1)[0])
print(c.monthdays2calendar(2026, 1)[-1], len(c.yeardayscalendar(2026)), len(c.yeardatescalendar(2026, 4)))
print(list(calendar.Calendar().itermonthdays(2026, 6)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('month 13', lambda: calendar.monthrange(2026, 13))
attempt('month 0', lambda: calendar.month(2026, 0))
attempt('weekday 7', lambda: calendar.setfirstweekday(7))
attempt('feb 30', lambda: calendar.weekday(2026, 2, 30))
attempt('is ValueError', lambda: (issubclass(calendar.IllegalMonthError, ValueError), calendar.error))
try:
    calendar.monthrange(2026, 14)
except ValueError as e:
    print(type(e).__name__, e.month, e)

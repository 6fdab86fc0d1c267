# time.strptime: directives, defaults (1900-01-01), computed weekday / day of the year, errors
import time
cases = [('2024-02-29', '%Y-%m-%d'), ('29 Feb 24 13:05', '%d %b %y %H:%M'),
         ('Monday, March 4 2024', '%A, %B %d %Y'), ('12/31/99 11:59:59 PM', '%m/%d/%y %I:%M:%S %p'),
         ('12:00 am', '%I:%M %p'), ('12:30 PM', '%I:%M %p'), ('2024 60', '%Y %j'), ('1970', '%Y'),
         ('', ''), ('10%', '%d%%'), ('Feb 29', '%b %d'), ('68', '%y'), ('69', '%y'),
         ('Tue Mar  5 10:20:30 2024', '%c'), ('03/05/24', '%x'), ('23:59:60', '%X'),
         ('2024 10 3', '%Y %U %w'), ('2024 10 3', '%Y %W %u'), ('2023 0 0', '%Y %U %w'),
         ('2024-05-06T07:08:09 UTC', '%Y-%m-%dT%H:%M:%S %Z'), ('1.5', '%S.%f'),
         ('JANUARY   1', '%B %d'), ('a.b (1)', 'a.b (%d)'), ('1\t\n2', '%d %m'), ('9', '%d'),
         ('2024 366', '%Y %j')]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), repr(f), tuple(t), t.tm_zone)
print(time.strptime('Sat Jan  1 00:00:00 2000'))
print(time.strftime('%Y-%m-%d %A', time.strptime('2000-03-01', '%Y-%m-%d')))
bad = [('x', '%Y'), ('2024-01-01 extra', '%Y-%m-%d'), ('2024-13-01', '%Y-%m-%d'), ('  5', '%d'),
       ('2023-02-29', '%Y-%m-%d'), ('2024', '%Q'), ('2024', '%Y%'), ('1', '% d'), ('2023 366', '%Y %j'),
       ('31 4', '%d %m')]
for s, f in bad:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError:', e)
for args in [(1,), ('x', 2)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(e)

# timedelta arithmetic: +, -, *, /, //, %, divmod, abs, with CPython's rounding (half to even)
from datetime import timedelta

a = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
b = timedelta(hours=-5, microseconds=7)
print(a + b, a - b, b - a, sep=' | ')
print(-a, +b, abs(b), sep=' | ')
print(a * 3, 3 * a, a * 0, a * -1, sep=' | ')
print(a * 0.1, a * -2.5, 0.5 * a, a * 1e-9, sep=' | ')
print(a / 3, a / 2.5, a / -7, sep=' | ')
print(a / b, a // b, a % b, sep=' | ')
print(divmod(a, b), divmod(timedelta(hours=10), timedelta(hours=3)))
print(timedelta(hours=10) // 3, timedelta(hours=10) // timedelta(hours=3))
print(timedelta(hours=10) % timedelta(hours=3), timedelta(hours=-10) % timedelta(hours=3))
print(timedelta(hours=1) / timedelta(minutes=1), timedelta(days=1).total_seconds())
for us in (1, 3, 5, 7, -3, -5):
    print(us, repr(timedelta(microseconds=us) / 2), repr(timedelta(microseconds=us) * 0.5))
print(repr(timedelta(seconds=1) / 3), repr(timedelta(seconds=2) / 3), repr(timedelta(seconds=1) * (2 / 3)))
print(repr(timedelta(days=10) / 7.0), repr(timedelta(days=10) // 7))
total = timedelta()
for minutes in (12.5, 7.25, 30):
    total += timedelta(minutes=minutes)
print(total, total / 3, total // timedelta(minutes=10), total.total_seconds() / 60)
print(timedelta.max - timedelta.max, timedelta.min + timedelta.max)

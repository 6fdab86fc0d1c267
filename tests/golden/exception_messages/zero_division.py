# Every ZeroDivisionError wording.
cases = [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1 // 0, lambda: 1 % 0,
         lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: divmod(1.0, 0),
         lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (2 ** 100) // 0, lambda: 5 % 0.0]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 0
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e)

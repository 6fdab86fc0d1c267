# Errors raised by list operations.
xs = [1, 2, 3]
tests = [
    lambda: xs[10],
    lambda: xs[-4],
    lambda: [].pop(),
    lambda: xs.pop(7),
    lambda: xs.remove(42),
    lambda: xs.index(42),
    lambda: xs["0"],
    lambda: xs + (4,),
    lambda: xs * 1.5,
    lambda: [3, "a"].sort(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    xs[3] = 4
except IndexError as e:
    print("IndexError:", e)
print(xs)

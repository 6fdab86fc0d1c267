# ValueError wordings from conversions and lookups.
cases = [lambda: int("x"), lambda: int(""), lambda: int("3.5"), lambda: int(" 1 2 "),
         lambda: int("12", 2), lambda: float("abc"), lambda: float(""), lambda: [1].index(2),
         lambda: "abc".index("z"), lambda: max([]), lambda: min(()), lambda: "a,b".split(""),
         lambda: range(1, 2, 0), lambda: int("9" * 5, 8), lambda: (1, 2).index(3),
         lambda: [].remove(1), lambda: "x".center(5, "ab")]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

# Iterating over something that is not iterable.
class Plain:
    pass
for v in [5, None, 2.5, True, Plain()]:
    try:
        for _ in v:
            pass
    except TypeError as e:
        print("for:", e)
for fn in [lambda: list(7), lambda: iter(None), lambda: sum(3), lambda: sorted(1),
           lambda: next([1, 2]), lambda: next("abc"), lambda: dict(5), lambda: set(1.0),
           lambda: tuple(None), lambda: [*4], lambda: min(5), lambda: 3 in 5, lambda: "".join(5)]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

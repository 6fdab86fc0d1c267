# Bad argument types to constructors and builtins.
cases = [lambda: int(None), lambda: int([1]), lambda: float(None), lambda: float([]),
         lambda: int("5", base=1), lambda: abs("x"), lambda: round("1.5"), lambda: len(None),
         lambda: sum(["a", "b"]), lambda: sum([1, "b"]), lambda: "x" * 2.0, lambda: range(1.5),
         lambda: [1, 2][1.5:], lambda: divmod("a", 1), lambda: isinstance(1, 2), lambda: hash([]),
         lambda: hash({}), lambda: "{:d}".format("x"),
         lambda: f"{'abc':.2f}", lambda: f"{3:s}"]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

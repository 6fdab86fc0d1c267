# Messages for unsupported operand types.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: "a" + None, lambda: [1] + (1,), lambda: (1,) + [1],
    lambda: 1 - "a", lambda: "a" * "b", lambda: [1] * 1.5, lambda: None + 1, lambda: 2 ** "x",
    lambda: {} + {}, lambda: 1 / "2", lambda: "a" - "b", lambda: -"a", lambda: ~1.5, lambda: +[1],
    lambda: "%d" % "x", lambda: 5 % "a", lambda: 1 // None, lambda: [1] < 1, lambda: len(5),
    lambda: 1.5 + "x", lambda: {1} - [1], lambda: "abc" & 1,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

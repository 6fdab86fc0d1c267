# Lambdas are small anonymous functions.
add = lambda a, b: a + b
print(add(2, 3), add("x", "y"), (lambda: "no args")(), (lambda x=5: x)())
print(add.__name__, type(add).__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym, fn in ops.items():
    print(6, sym, 3, "=", fn(6, 3))

# Immediately invoked and nested lambdas.
print((lambda x, y: x * y)(6, 7))
print((lambda *xs: sum(xs))(1, 2, 3))
pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!"]
value = "  hello "
for step in pipeline:
    value = step(value)
print(value)

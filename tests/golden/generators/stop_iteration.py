# Exhausted generators raise StopIteration; return sets its value.
def two():
    yield 1
    yield 2
    return "done"
g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)
print(next(g, "default"), next(iter([]), None))
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), str(e) == "")

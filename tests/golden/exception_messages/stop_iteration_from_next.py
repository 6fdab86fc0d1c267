# next() on an exhausted iterator.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), repr(str(e)), e.value)
def gen():
    yield 1
    return 99
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", repr(e), e.value, e.args)
print(next(it, "default"), next(g, None))

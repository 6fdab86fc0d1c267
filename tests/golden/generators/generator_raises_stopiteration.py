# A StopIteration escaping a generator becomes RuntimeError.
def bad():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def gen_with_error():
    yield 1
    raise ValueError("inside generator")
g = gen_with_error()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted after error"))

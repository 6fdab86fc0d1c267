# Generators keep local state between calls; each call makes a new one.
def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"
a = ids("task")
b = ids("job")
print(next(a), next(a), next(b), next(a), next(b))
def once():
    yield "only"
o = once()
print(list(o), list(o))
print(iter(a) is a, hasattr(a, "send"))

# Closures see the variable, not the value at creation time.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make_all():
    result = []
    for n in range(3):
        def show():
            return n
        result.append(show)
    return result
print([f() for f in make_all()])
x = 1
def read_x():
    return x
x = 2
print(read_x())

# Wrong arguments produce precise TypeErrors.
def f(x):
    return x
def g(a, b, c=3):
    return a
def h(*, key):
    return key
class K:
    def method(self, x):
        return x
def outer():
    def inner(q):
        pass
    return inner
calls = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: h(),
    lambda: h(1),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: outer()(),
    lambda: (lambda a: a)(),
    lambda: f(**{"x": 1, "z": 2}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

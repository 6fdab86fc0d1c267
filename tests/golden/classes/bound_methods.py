# Methods bound to instances can be stored and called later.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
inc = c.inc
inc()
inc(10)
print(c.n)
print(Counter.inc(c, 100))
callbacks = [c.inc, Counter().inc]
print([cb() for cb in callbacks])
print(inc.__name__, type(inc).__name__)
m = "hello".upper
print(m())

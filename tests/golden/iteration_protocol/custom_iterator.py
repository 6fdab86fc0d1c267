# A separate iterable and iterator, as in the protocol.
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range3Iterator(self.n)
class Range3Iterator:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3
r = Range3(4)
print(list(r), list(r))
it = iter(r)
print(next(it), next(it), list(it))
print(sum(r), max(r), [x for x in r if x > 3], 9 in r, sorted(r, reverse=True))
a, b, *c = r
print(a, b, c)

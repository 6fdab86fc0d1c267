# Builtins that consume arbitrary iterators.
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
c = Count(5)
print(list(c), tuple(c), set(c), sum(c), min(c), max(c), sorted(c, reverse=True))
print(dict(zip(c, "abcde")), list(enumerate(c)), list(map(str, c)), list(filter(None, c)))
print(any(c), all(c), " ".join(str(x) for x in c), list(reversed(list(c))))

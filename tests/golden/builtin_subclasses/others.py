# Subclasses of tuple, str, set and frozenset.


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
a, b = p
print(a, b, list(p), p + (3,), type(p + (3,)), {p: "here"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    pass


pp = Pair([5, 6])
print(pp, repr(pp), type(pp).__name__, pp.count(5), pp.index(6))


class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initial(self):
        return self[0]


n = Name("ada")
print(n, repr(n), n.shout(), n.initial, len(n), n + " lovelace", type(n + "x"), n == "ada", n.title())
print(f"{n}", f"{n!r}", "%s" % n, "-".join([n, n]), n in "ada lovelace", "d" in n, {n: 1}["ada"])
print(type(str(n)), type(n.upper()), isinstance(n, str), n.startswith("a"), list(n), n[1:])


class Loud(str):
    def __str__(self):
        return self.upper()

    def __repr__(self):
        return f"Loud({str.__repr__(self)})"

    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())


w = Loud("Hey")
print(w, str(w), repr(w), f"{w}", [w], w == "HEY", w != "hey", "%s" % w)


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags(["a"])
t.add_all("b", "c")
print(sorted(t), len(t), "b" in t, isinstance(t, set), type(t | {"z"}).__name__, t == {"a", "b", "c"})
print(repr(Tags()), repr(Tags([1])))


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), f | {3}, type(f).__name__, Frozen(f) == f)

# Sets whose table lives inside the set: pop order per set (a finger each), frozenset
# subclasses built from another set, sets in reference cycles and collected, sets grown past
# their first table and shrunk again, and many small sets made and dropped.
import gc


class FS(frozenset):
    pass


class S(set):
    pass


# pop() resumes where the previous pop of the same set stopped, per set
a = set(range(0, 40, 3))
b = set(range(1, 40, 5))
order = []
for _ in range(4):
    order.append(a.pop())
    order.append(b.pop())
print(order, sorted(a), sorted(b))
# a set made where a popped one died starts its pops from the front
for round_ in range(3):
    s = set([10, 20, 30, 40, 50])
    print(round_, s.pop(), s.pop(), sorted(s))
    del s
    gc.collect()

# frozenset subclasses from iterables and from sets (the contents move into the subclass)
src = {5, 1, 9, 3}
f1 = FS(src)
f2 = FS(frozenset(src))
f3 = FS(x * 2 for x in src)
f4 = FS()
print(type(f1).__name__, sorted(f1), f1 == src, len(f2), sorted(f3), f4, len(f4))
print(f1 | {100}, type(f1 | {100}).__name__, f1 & f2, hash(f1) == hash(frozenset(src)))
s1 = S([3, 2, 1])
s1.add(7)
print(type(s1).__name__, sorted(s1), s1 == {1, 2, 3, 7})


# sets in reference cycles
class Node:
    def __init__(self, name):
        self.name = name
        self.peers = set()

    def __repr__(self):
        return "Node(%s)" % self.name


gc.collect()
x, y = Node("x"), Node("y")
x.peers.add(y)
y.peers.add(x)
del x, y
print("collected something:", gc.collect() > 0)
print("nothing left:", gc.collect())

# a set grown past its first tables, emptied, refilled
g = set()
for i in range(100):
    g.add(i * 7)
for i in range(95):
    g.discard(i * 7)
print(len(g), sorted(g))
g.update(range(3))
print(sorted(g))
g.clear()
print(g, len(g))

# many small sets made and dropped (collections happen meanwhile)
total = 0
for i in range(20000):
    total += len({i, i + 1, i % 3, (i * 7) % 5, i & 1, i // 2, "k" + str(i % 4)})
print(total)
print(sorted({len(set(range(i % 12))) for i in range(100)}))

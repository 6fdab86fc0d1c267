# id() identifies objects; hash() of numbers and tuples is deterministic.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) != id(c), isinstance(id(a), int))
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
print(hash(None) == hash(None), hash("s") == hash("s"))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)

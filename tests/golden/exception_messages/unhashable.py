# Mutable containers cannot be dict keys or set members.
for v in [[1], {"a": 1}, {1}, ([1], 2)]:
    for fn in [lambda: {v: 1}, lambda: {v}, lambda: hash(v)]:
        try:
            fn()
        except TypeError as e:
            print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True), hash(-1), hash(0))

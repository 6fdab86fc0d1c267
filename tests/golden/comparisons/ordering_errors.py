# Ordering comparisons between unrelated types raise TypeError.
pairs = [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), ({}, {}), (1.5, "x"), ({1}, 2)]
for left, right in pairs:
    for name, op in [("<", lambda a, b: a < b), (">=", lambda a, b: a >= b)]:
        try:
            print(op(left, right))
        except TypeError as e:
            print("TypeError:", e)
try:
    sorted([1, "two", 3])
except TypeError as e:
    print("sorted:", e)
print({1, 2} < {1, 2, 3})

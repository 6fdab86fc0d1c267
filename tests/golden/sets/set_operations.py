# Union, intersection, difference, symmetric difference and relations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)),
      sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > b)
print({1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b)

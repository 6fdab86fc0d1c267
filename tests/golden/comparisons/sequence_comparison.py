# Sequences compare lexicographically.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [3] > [2, 9, 9], [] < [[]])
print((1, "b") > (1, "a"), ("a", 2) < ("b", 1), (1, 2, 3) == (1, 2, 3))
print("apple" < "apricot", "Zebra" < "apple", "a" * 3 < "a" * 4)
print(max([(2, "b"), (2, "c"), (1, "z")]), min(["b", "ab", "abc"]))
print([1, [2, 3]] < [1, [2, 4]], [1.0, 2] == [1, 2.0])

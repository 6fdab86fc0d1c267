# List, tuple, dict and set displays, empty and nested.
print([], (), {}, set())
print([1, 2, 3], (1, 2, 3), {"a": 1, "b": 2}, {1, 2, 3})
print((1,), (1), [1,], {"k": [1, (2, 3)], "e": {}})
print([[1, 2], [3, [4, [5]]]])
print([1, 'two', 3.0, None, True, (4,)])
print({1: "one", 2.5: "two and half", (1, 2): "tuple", None: 0})
print(len([1, 2,]), len(()), len({"x": 1}))
t = 1, 2, 3
print(t, type(t).__name__)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2], 3))

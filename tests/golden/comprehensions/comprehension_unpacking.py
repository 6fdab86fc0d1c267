# Unpacking and enumerate/zip inside comprehensions.
pairs = [("a", 1), ("b", 2), ("c", 3)]
print([f"{k}={v}" for k, v in pairs])
print([i * v for i, (_, v) in enumerate(pairs)])
print({k: v * 10 for k, v in zip("xyz", range(3))})
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(first, rest) for first, *rest in [[1, 2, 3], [4, 5]]])

# Dict and set comprehensions.
words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in {"a": 1, "b": 2, "c": 3}.items() if v != 2})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print(sorted({len(w) for w in words}), {n % 3 for n in range(10)})
print({i: i * i for i in range(5)})

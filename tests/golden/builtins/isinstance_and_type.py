# isinstance with classes and tuples; type(x).__name__.
values = [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, range(2), print, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)),
          isinstance(v, object), type(v) is int)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance("", str))
print(type(1) == int, type(True) == int, type(type(1)).__name__)

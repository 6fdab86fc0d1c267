# callable, len on many types, and builtins used as values.
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(1), callable("s"))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 3)), len(""))
funcs = [len, str, sorted]
print([f("cab") for f in funcs])
print(list(map(type, [1, "a"])) == [int, str])

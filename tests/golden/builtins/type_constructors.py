# The constructor builtins with and without arguments.
print(int(), float(), str(), bool(), list(), dict(), set(), tuple())
print(int("7") + 1, float("2.5") * 2, str(42) + "!", bool("False"), bool(""))
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
print(dict([("a", 1)]), dict(a=1), set([1, 1, 2]), tuple([1, 2]))
print(str([1, "a", None]), str((1,)), str({"a": [1]}), str(3.0), str(True))
print(repr("s"), repr(1.5), repr([1, "a"]), repr(None), repr(int))
print(bool([]), bool([0]), bool(0.0), bool("0"), bool(None), bool(range(0)))
print(int(True) + int("3"), float(1) == 1, tuple("hi"))

# Dict and set lookups with str subclass keys that define __eq__: a probe that meets a key of
# equal hash calls that __eq__ (as CPython's lookdict), whichever side holds the subclass;
# exact strs and ints are found without it. bool/int/float keys of equal value are one key.
calls = []


class Loud(str):
    def __eq__(self, other):
        calls.append((str(self), str(other)))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Never(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


d = {Loud("a"): 1, "b": 2}
print(d["a"], d["b"], "a" in d, calls)
calls.clear()
d2 = {"a": 1}
print(d2[Loud("a")], Loud("a") in d2, d2.get(Loud("a")), calls)
calls.clear()
n = {Never("x"): 1}
print("x" in n, n.get("x", "missing"), Never("x") in {"x": 0}, Never("x") in {"y"})
k = Never("x")
print(k in n, k in {k: 0}, k in {k})  # identity first
s = {Loud("q"), "r"}
print("q" in s, "r" in s, Loud("r") in s, sorted(calls))
calls.clear()
d[Loud("b")] = 3  # replaces the value, keeps the first key
print(d, calls, [type(x).__name__ for x in d])
try:
    del n["x"]
except KeyError as e:
    print("KeyError", e)
print({1: "int", True: "bool", 1.0: "float"}, {0: 0, False: 1, 0.0: 2, -0.0: 3})
print({"ab": 1, "a" + "b": 2}, {(1, "a"): 1, (True, "a"): 2, (1.0, "a" * 1): 3})

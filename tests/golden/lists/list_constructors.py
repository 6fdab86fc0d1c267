# Building lists from iterables.
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"a": 1, "b": 2}))
print(list({1: "x"}.values()), list(map(str, [1, 2])), list(x for x in "hi"))
print(list(enumerate("ab")), list(zip([1, 2], "xy")), list(reversed([1, 2, 3])))
src = [1, 2]
copy = list(src)
copy.append(3)
print(src, copy)

# Other ways to build dicts, and merging.
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
base = {"a": 1, "b": 2}
print(dict(base, c=3), {**base, "b": 20, **{"d": 4}})
print(base | {"b": 99, "z": 0}, {"z": 0} | base)
m = dict(base)
m |= {"q": 7}
print(base, m)
print(dict({1: 2}.items()), dict(), dict([]))

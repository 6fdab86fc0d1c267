# KeyError and friends.
d = {"a": 1}
for key in ["missing", 42, (1, 2), None, 1.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", repr(e))
try:
    d.pop("zz")
except KeyError as e:
    print("pop:", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    d[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)

# array's errors and their messages
from array import array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


for code in "bBhHiIlLqQ":
    for v in [-2**63 - 1, -2**31 - 1, -129, -1, 128, 256, 2**15, 2**16, 2**32, 2**63, 2**64]:
        attempt(f"{code} {v}", lambda: array(code, [v]))
for code in "fdu":
    for v in [1, 1.5, "x", "xy", None, 10**400]:
        attempt(f"{code} {v!r:.8}", lambda: array(code, [v]))
attempt("float in int", lambda: array("i", [1.0]))
attempt("str in int", lambda: array("i", ["1"]))
attempt("f big", lambda: array("f", [1e300]))
attempt("bad code", lambda: array("z"))
attempt("code int", lambda: array(3))
attempt("code long", lambda: array("ii"))
attempt("no args", lambda: array())
attempt("kwargs", lambda: array(typecode="i"))
attempt("str init", lambda: array("i", "abc"))
attempt("unicode array init", lambda: array("i", array("u", "ab")))
attempt("int init", lambda: array("i", 5))
a = array("i", [1, 2, 3])
attempt("index", lambda: a[10])
attempt("index str", lambda: a["x"])
attempt("setitem", lambda: a.__setitem__(10, 1))
attempt("delitem", lambda: a.__delitem__(10))
attempt("slice list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("slice kind", lambda: a.__setitem__(slice(0, 1), array("d", [1.0])))
attempt("ext slice", lambda: a.__setitem__(slice(0, 3, 2), array("i", [1, 2, 3])))
attempt("remove", lambda: a.remove(42))
attempt("index()", lambda: a.index(42))
attempt("index() start", lambda: a.index(1, 1))
attempt("pop", lambda: array("i").pop())
attempt("pop range", lambda: a.pop(10))
attempt("add list", lambda: a + [1])
attempt("add kind", lambda: a + array("d"))
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("extend kind", lambda: a.extend(array("d", [1.0])))
attempt("extend int", lambda: a.extend(5))
attempt("frombytes len", lambda: a.frombytes(b"abc"))
attempt("frombytes str", lambda: a.frombytes("abc"))
attempt("fromlist tuple", lambda: a.fromlist((1, 2)))
attempt("fromlist bad", lambda: a.fromlist([1, "x"]))
print(a)
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("fromunicode int", lambda: array("u").fromunicode(5))
attempt("hash", lambda: hash(a))
attempt("mul str", lambda: a * "x")
attempt("overflow append", lambda: array("b").append(200))

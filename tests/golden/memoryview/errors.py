# memoryview's errors, with CPython's messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"abc")
m = memoryview(ba)
ro = memoryview(b"abc")

def setitem(view, key, value):
    view[key] = value

def delitem(view, key):
    del view[key]

attempt("str", lambda: memoryview("abc"))
attempt("int", lambda: memoryview(3))
attempt("list", lambda: memoryview([1, 2]))
attempt("index", lambda: m[5])
attempt("key", lambda: m["a"])
attempt("float key", lambda: m[1.0])
attempt("readonly", lambda: setitem(ro, 0, 1))
attempt("readonly slice", lambda: setitem(ro, slice(0, 1), b"x"))
attempt("value", lambda: setitem(m, 0, 300))
attempt("type", lambda: setitem(m, 0, "a"))
attempt("size", lambda: setitem(m, slice(0, 2), b"x"))
attempt("not bytes", lambda: setitem(m, slice(0, 2), [1, 2]))
attempt("delete", lambda: delitem(m, 0))
attempt("hash", lambda: hash(m))
attempt("order", lambda: m < m)
attempt("cast", lambda: m.cast("x"))
m.release()
m.release()
for label, f in [("len", lambda: len(m)), ("item", lambda: m[0]), ("tobytes", m.tobytes),
                 ("tolist", m.tolist), ("hex", m.hex), ("bytes", lambda: bytes(m)),
                 ("list", lambda: list(m)), ("readonly", lambda: m.readonly),
                 ("obj", lambda: m.obj), ("nbytes", lambda: m.nbytes),
                 ("eq", lambda: m == b""), ("enter", lambda: m.__enter__())]:
    attempt(label, f)

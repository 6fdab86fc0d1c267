# Protocol slots written in Python, called by len/bool/str/format/iter/next/getattr, `in`,
# truth tests and `for`: what they return is checked with CPython's messages, their
# exceptions pass through, and StopIteration from __next__ ends a for loop.


def show(r):
    return repr(r) if isinstance(r, (int, str, list, type(None))) else type(r).__name__


def attempt(label, f):
    try:
        print(label, "->", show(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, 0, -1, "2", 2.0, True, 2**70, -(2**70), None]:
    x = Len(n)
    attempt(f"len({n!r})", lambda: len(x))
    attempt(f"bool(len {n!r})", lambda: bool(x))
    attempt(f"if len {n!r}", lambda: "yes" if x else "no")
    attempt(f"not len {n!r}", lambda: not x)
    attempt(f"len {n!r} or", lambda: x or "other")
    attempt(f"len {n!r} and", lambda: x and "other")


class Bool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b

    def __len__(self):
        return 5


for b in [True, False, 1, 0, None, "x"]:
    x = Bool(b)
    attempt(f"bool({b!r})", lambda: bool(x))
    attempt(f"if bool {b!r}", lambda: "yes" if x else "no")
    attempt(f"while bool {b!r}", lambda: [1 for _ in range(1) if x])
    attempt(f"bool {b!r} or", lambda: x or "other")
    attempt(f"bool {b!r} and", lambda: x and "other")
    attempt(f"len with bool {b!r}", lambda: len(x))


class Text:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return self.v

    def __repr__(self):
        return self.v

    def __format__(self, spec):
        return self.v if not spec else spec


for v in ["ok", 3, None, b"b"]:
    x = Text(v)
    attempt(f"str({v!r})", lambda: str(x))
    attempt(f"repr({v!r})", lambda: repr(x))
    attempt(f"format({v!r})", lambda: format(x))
    attempt(f"format({v!r}, spec)", lambda: format(x, "spec"))
    attempt(f"f-string {v!r}", lambda: f"{x}")
    attempt(f"f-string !r {v!r}", lambda: f"{x!r}")
attempt("format(x, 3)", lambda: format(Text("a"), 3))


class StrSub(str):
    pass


attempt("format(x, StrSub)", lambda: format(Text("a"), StrSub("sub")))
attempt("str(x, 'utf-8')", lambda: str(Text("a"), "utf-8"))


class Contains:
    def __init__(self, r):
        self.r = r

    def __contains__(self, item):
        if isinstance(self.r, Exception):
            raise self.r
        return self.r


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


for r in [True, False, 0, 1, "", "a", [], None, KeyError("k"), Falsy()]:
    x = Contains(r)
    attempt(f"in {r!r}"[:24], lambda: 1 in x)
    attempt(f"not in {r!r}"[:24], lambda: 1 not in x)


class Iter:
    def __init__(self, it):
        self.it = it

    def __iter__(self):
        return self.it


class Next:
    def __init__(self, items, stop=StopIteration):
        self.items = list(items)
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise self.stop
        v = self.items.pop(0)
        if isinstance(v, Exception):
            raise v
        return v


for it in [iter([1, 2]), [1, 2], None, Next([7]), 5]:
    x = Iter(it)
    attempt(f"iter({type(it).__name__})", lambda: type(iter(x)).__name__)
    attempt(f"for in {type(it).__name__}", lambda: [v for v in x])
attempt("next", lambda: next(Next([1])))
attempt("next empty", lambda: next(Next([])))
attempt("next default", lambda: next(Next([]), "dflt"))
attempt("next raises", lambda: next(Next([KeyError("n")])))
attempt("for StopIteration", lambda: [v for v in Next([1, 2, 3])])
attempt("for StopIteration(value)", lambda: [v for v in Next([1], StopIteration(9))])


class MyStop(StopIteration):
    pass


attempt("for StopIteration subclass", lambda: [v for v in Next([1, 2], MyStop)])
attempt("for raises", lambda: [v for v in Next([1, IndexError("i"), 3])])
attempt("for raises StopAsyncIteration", lambda: [v for v in Next([1], StopAsyncIteration)])


def loop_else(it):
    out = []
    for v in it:
        if v == "b":
            break
        out.append(v)
    else:
        out.append("else")
    return out


attempt("for else", lambda: loop_else(Next(["a", "c"])))
attempt("for break", lambda: loop_else(Next(["a", "b", "c"])))


def nested_stop():
    out = []
    for v in Next([1, 2]):
        for w in Next([v, v * 10]):
            out.append(w)
    return out


attempt("nested for", nested_stop)


def stop_inside_next():
    class Inner:
        def __iter__(self):
            return self

        def __next__(self):
            return next(iter([]))  # StopIteration raised by a nested next()

    return [v for v in Inner()]


attempt("next() inside __next__", stop_inside_next)


class Gen:
    def __iter__(self):
        yield 1
        yield 2

    def __len__(self):
        yield 1


attempt("__iter__ generator", lambda: list(Gen()))
attempt("__len__ generator", lambda: len(Gen()))


class Wrong:
    def __len__(self, extra):
        return 1

    def __bool__(self, extra):
        return True

    def __contains__(self):
        return True

    def __str__(self, extra):
        return ""


attempt("__len__ bad args", lambda: len(Wrong()))
attempt("__bool__ bad args", lambda: bool(Wrong()))
attempt("if __bool__ bad args", lambda: 1 if Wrong() else 0)
attempt("__contains__ bad args", lambda: 1 in Wrong())
attempt("__str__ bad args", lambda: str(Wrong()))


class Attr:
    present = "here"

    def __getattr__(self, name):
        if name == "missing":
            raise AttributeError(f"no {name}")
        if name == "boom":
            raise KeyError(name)
        return name.upper()

    def method(self):
        return "method"


a = Attr()
attempt("getattr present", lambda: getattr(a, "present"))
attempt("getattr fallback", lambda: getattr(a, "other"))
attempt("getattr missing", lambda: getattr(a, "missing"))
attempt("getattr missing default", lambda: getattr(a, "missing", "dflt"))
attempt("getattr boom", lambda: getattr(a, "boom"))
attempt("getattr non-str", lambda: getattr(a, 3))
attempt("attr fallback", lambda: a.other)
attempt("attr missing", lambda: a.missing)
attempt("method present", lambda: a.method())
attempt("method fallback", lambda: a.upper_me.lower())
attempt("method missing", lambda: a.missing())
attempt("hasattr missing", lambda: hasattr(a, "missing"))
attempt("hasattr boom", lambda: hasattr(a, "boom"))
a.inst = 5
attempt("instance attr", lambda: getattr(a, "inst"))

# Subclasses of int and float: the errors and corner cases CPython reports for them.
class Celsius(float):
    pass
class Count(int):
    pass

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("bad str", lambda: Celsius("warm"))
attempt("bad int", lambda: Count("1.5"))
attempt("base", lambda: Count("z", 36))
attempt("float arg", lambda: Count(2.9))
attempt("int+str", lambda: Count(1) + "a")
attempt("str*float", lambda: "ab" * Celsius(2))
attempt("index float", lambda: [1, 2][Celsius(1)])
attempt("range float", lambda: range(Celsius(2)))
attempt("bit_length float", lambda: Celsius(2).bit_length())
attempt("int.__new__ float", lambda: int.__new__(Celsius, 3))
attempt("float.__new__ str", lambda: float.__new__(str, 3))
attempt("float.__new__ no cls", lambda: float.__new__())
attempt("lay-out", lambda: type("X", (Count, Celsius), {}))
attempt("lay-out str", lambda: type("Y", (int, str), {}))
attempt("lay-out list", lambda: type("Z", (list, Celsius), {}))
attempt("bool", lambda: type("B", (bool,), {}))
attempt("divide", lambda: Count(1) / Count(0))
attempt("neg shift", lambda: Count(1) << -1)
attempt("hash unhashable", lambda: hash(type("H", (int,), {"__eq__": lambda s, o: True})(1)))
attempt("descr", lambda: int.bit_length(Celsius(1)))
attempt("float descr", lambda: float.is_integer(Count(1)))
attempt("object.__new__", lambda: object.__new__(Celsius))
class Money(int):
    def __new__(cls, v):
        return super().__new__(cls, v)
class Euro(Money):
    pass
attempt("object.__new__ py", lambda: object.__new__(Euro))
attempt("nested", lambda: (Euro(5), type(Euro(5)).__mro__))
attempt("dunder", lambda: (Count(3).__add__(1), Count(3).__radd__(2.5), Celsius(1).__radd__(2)))
attempt("cmp", lambda: (Count(3) < 3.5, Celsius(2) >= Count(2), Count(2) == Celsius(2.0)))
attempt("minmax", lambda: (min(Count(3), Celsius(1.5)), sorted({Count(2), 1, 3})))
attempt("int descr on float", lambda: int.bit_length(1.5))
attempt("float descr on int", lambda: float.is_integer(3))
attempt("slot wrapper", lambda: int.__repr__(1.5))
attempt("slot wrapper subclass", lambda: float.__add__(Count(1), 2))
attempt("slot wrapper ok", lambda: (int.__repr__(Count(7)), float.__repr__(Celsius(2))))

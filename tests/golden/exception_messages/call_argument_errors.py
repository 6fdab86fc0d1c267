# Call errors a learner meets, with CPython's exact wording: the starred argument that is not
# iterable names the function only when it stands alone, multiple values for an argument,
# keyword arguments after **, and classes whose base is not a class.
def f(a, b):
    return a + b


class K:
    def m(self, x):
        return x


def outer():
    def inner(a):
        return a
    return inner


def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)


attempt("f(1, 2, b=3)", lambda: f(1, 2, b=3))
attempt("f(*5)", lambda: f(*5))
attempt("f(**5)", lambda: f(**5))
attempt("f(1, *None)", lambda: f(1, *None))
attempt("f(*None, 1)", lambda: f(*None, 1))
attempt("f(*[1], *3)", lambda: f(*[1], *3))
attempt("print(*5)", lambda: print(*5))
attempt("len(*7)", lambda: len(*7))
attempt("f(1, b=2, **{'b': 3})", lambda: f(1, b=2, **{'b': 3}))
attempt("K().m(1, x=2)", lambda: K().m(1, x=2))
attempt("K().m(*3)", lambda: K().m(*3))
attempt("K.m(*3)", lambda: K.m(*3))
attempt("outer()(1, a=2)", lambda: outer()(1, a=2))
attempt("outer()(*1)", lambda: outer()(*1))
attempt("f(*5, b=1)", lambda: f(*5, b=1))
attempt("(*5,)", lambda: (*5,))
attempt("[*5]", lambda: [*5])

try:
    class A(5):
        pass
except TypeError as e:
    print("class A(5) ->", e)

try:
    class B(len):
        pass
except TypeError as e:
    print("class B(len) ->", e)

try:
    class C(int, 5):
        pass
except TypeError as e:
    print("class C(int, 5) ->", e)


class Meta(type):
    pass


try:
    class D(Meta("X", (), {}), 5):
        pass
except TypeError as e:
    print("class D(X, 5) ->", e)

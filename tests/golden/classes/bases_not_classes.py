# Bases that are not classes: __mro_entries__ standing in for a base, the bases as written kept
# in __orig_bases__, and a class statement over instances calling their type as the metaclass.


class Recorder:
    def __init__(self, name, bases, ns):
        self.name = name
        self.bases = bases
        self.keys = sorted(k for k in ns if not k.startswith("__") or k == "__orig_bases__")
        self.orig = ns.get("__orig_bases__")


class StandsForRecorder:
    def __mro_entries__(self, bases):
        print("mro entries of", len(bases), "bases")
        return (Recorder.__new__(Recorder),)


marker = StandsForRecorder()


class X(marker):
    y = 1


print(type(X).__name__, X.name, X.keys, X.orig == (marker,))


class Plain:
    pass


class Z(Plain, object):
    pass


print("__orig_bases__" in Z.__dict__, Z.__mro__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)


class W(Plain, metaclass=Meta, flavour="x"):
    pass


def metaclass_type_over_int():
    class Y(5, metaclass=type):
        pass


def over_int():
    class Q(5):
        pass


def over_str_and_int():
    class R("s", 1):
        pass


for attempt in [metaclass_type_over_int, over_int, over_str_and_int]:
    try:
        attempt()
    except TypeError as e:
        print(attempt.__name__, type(e).__name__, e)

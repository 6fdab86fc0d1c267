# Mangling applies to names bound by imports, except clauses and match patterns, not to keyword
# argument names in calls or to strings.


def show(**kwargs):
    return kwargs


class Loader:
    def load(self):
        try:
            import __missing
        except ModuleNotFoundError as e:
            print("import:", e)
        try:
            from __missing import __part
        except ModuleNotFoundError as e:
            print("from:", e)
        try:
            from math import __tau
        except ImportError as e:
            print("name:", str(e).split(" (")[0])
        import math as __m
        return __m.floor(2.5)

    def catch(self):
        try:
            1 / 0
        except ZeroDivisionError as __err:
            return type(__err).__name__

    def pattern(self, value):
        match value:
            case [__first, *__rest]:
                return "seq", __first, __rest
            case {"k": __v, **__others}:
                return "map", __v, __others
            case __whole:
                return "any", __whole

    def keywords(self):
        return show(__k=1, plain=2)

    def walrus(self):
        return [(__w := n) for n in range(3)], __w

    def unbound(self):
        try:
            print(__late)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        __late = 1

    def undefined(self):
        try:
            return __nowhere
        except NameError as e:
            return f"NameError: {e}"


ld = Loader()
print(ld.load())
print(ld.catch())
print(ld.pattern([1, 2, 3]), ld.pattern({"k": 1, "j": 2}), ld.pattern(7))
print(ld.keywords())
print(ld.walrus())
ld.unbound()
print(ld.undefined())
print(Loader.load.__code__.co_varnames)
print(Loader.pattern.__code__.co_varnames)


def __module_level():  # outside classes nothing is mangled
    __local = "kept"
    return __local


print(__module_level.__name__, __module_level())


class Methods:
    def __private(self):
        return "private"

    def call(self):
        return self.__private(), getattr(self, "_Methods__private")()

    @staticmethod
    def __static():
        return "static"

    @classmethod
    def __cls(cls):
        return cls.__name__

    def both(self):
        return Methods.__static(), self.__cls()


print(Methods().call(), Methods().both())
print([k for k in vars(Methods) if k.startswith("_Methods")])


def capture_order(v):
    match v:
        case [[a] as b, {"k": c, **d}]:
            return a, b, c, d


print(capture_order([[1], {"k": 2}]), capture_order.__code__.co_varnames)

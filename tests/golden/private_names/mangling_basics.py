# Private name mangling: inside a class body `__x` is `_ClassName__x`, wherever it is written.


class Account:
    __rate = 0.5  # a class attribute, stored as _Account__rate

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self):
        return f"{self.owner}: {self.__balance}"

    def report(self):
        return self.__audit() + f" at {self.__rate}"

    def drop(self):
        del self.__balance


a = Account("ann", 10)
print(a.report())
print(a._Account__balance, Account._Account__rate)
print(sorted(vars(a)))
print(a.__dict__)
print([k for k in Account.__dict__ if "Account" in k])
try:
    a.__balance
except AttributeError as e:
    print("outside:", e)
print(getattr(a, "__balance", "getattr is not mangled"))
print(hasattr(a, "_Account__balance"), hasattr(a, "__balance"))
setattr(a, "__balance", "plain")
print(sorted(vars(a)))
a.drop()
print(sorted(vars(a)))
try:
    a.drop()
except AttributeError as e:
    print("del:", e)
try:
    a.report()
except AttributeError as e:
    print("read:", e)
print(Account._Account__audit.__name__, Account._Account__audit.__qualname__)


class Base:
    def __init__(self):
        self.__secret = "base"

    def base_secret(self):
        return self.__secret


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"  # does not collide with Base's

    def child_secret(self):
        return self.__secret


c = Child()
print(c.base_secret(), c.child_secret(), sorted(vars(c)))


class NotMangled:
    __dunder__ = "dunder"
    _single = "single"
    __ = "two underscores only"
    ___ = "three"

    def get(self):
        return self.__dunder__, self._single, self.__, self.___


print(NotMangled().get(), sorted(k for k in NotMangled.__dict__ if k.strip("_") in ("", "dunder", "single")))


class _Leading:
    __x = "stripped"


class __Twice:
    __x = "twice"


class ___:
    __x = "only underscores: not mangled"


print([k for k in vars(_Leading) if "x" in k], [k for k in vars(__Twice) if "x" in k],
      [k for k in vars(___) if "x" in k])


class Outer:
    __o = "outer"

    class __Inner:  # bound as _Outer__Inner, named __Inner
        __i = "inner"

        def get(self):
            return self.__i

    def make(self):
        return self.__Inner()


inner = Outer().make()
print(type(inner).__name__, type(inner).__qualname__, inner.get())
print([k for k in vars(Outer) if "Inner" in k or "__o" in k], [k for k in vars(type(inner)) if "__i" in k])


class Scopes:
    __v = 3

    def nested(self):
        def helper():
            return self.__v * 2

        lam = lambda: self.__v + 1
        comp = [self.__v for _ in range(2)]
        gen = list(x + self.__v for x in range(2))
        return helper(), lam(), comp, gen


print(Scopes().nested())

__g = "module global"
__h = "before"


class UsesGlobals:
    def read(self):
        try:
            return __g
        except NameError as e:
            return f"NameError: {e}"

    def write(self):
        global __h
        __h = "written"
        return __h


print(UsesGlobals().read())
print(UsesGlobals().write(), __h, globals()["_UsesGlobals__h"])


def outer():
    class K:
        def m(self):
            __n = 1

            def inner():
                nonlocal __n
                __n += 1
                return __n

            return inner(), inner.__code__.co_freevars
    return K().m()


print(outer())

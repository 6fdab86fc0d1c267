# __slots__ names and dataclass fields are private names too: the class mangles them.
from dataclasses import dataclass, fields


class Point:
    __slots__ = ("__x", "y")

    def __init__(self, x, y):
        self.__x = x
        self.y = y

    def x(self):
        return self.__x


p = Point(1, 2)
print(p.x(), p._Point__x, p.y)
print([k for k in Point.__dict__ if k in ("_Point__x", "__x", "y")], Point.__slots__)
print(type(Point.__dict__["_Point__x"]).__name__, Point._Point__x.__name__)
try:
    p.__x = 5
except AttributeError as e:
    print("outside:", e)


class Empty:
    __slots__ = ("__v",)

    def get(self):
        return self.__v


try:
    Empty().get()
except AttributeError as e:
    print("unset:", e)


class One:
    __slots__ = "__only"


print([k for k in One.__dict__ if "only" in k], One.__slots__)

try:
    class Clash:
        __slots__ = ("__c",)
        __c = 1
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Config:
    name: str
    __token: str = "hidden"

    def token(self):
        return self.__token


cfg = Config("db")
print(cfg, cfg.token())
print([f.name for f in fields(Config)], Config.__annotations__)
print(Config("x", "t2"), Config(name="y", _Config__token="t3"))
try:
    Config(name="z", __token="no")
except TypeError as e:
    print("TypeError:", e)


class Annotated:
    __a: int = 1
    __b: str

    def method(self, __p: int, *, __k=2) -> None:
        return __p, __k


print(Annotated.__annotations__, Annotated.method.__annotations__)
print(Annotated.method.__code__.co_varnames, Annotated().method(1, _Annotated__k=3))
try:
    Annotated().method()
except TypeError as e:
    print("TypeError:", e)

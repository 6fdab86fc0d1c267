import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar, FrozenInstanceError
from typing import ClassVar


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(1, 2)
print(c, hash(c) == hash(Color(1, 2)), {c: "x"}[Color(1, 2, 0)])
try:
    c.r = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.g
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.new = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs), Version(1, 2) == Version(1, 2, "x"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    unit: ClassVar[str] = "cm"

    def __post_init__(self):
        if self.width < 0:
            raise ValueError("negative width")
        self.area = self.width * self.height


r = Rectangle(2, 3)
print(r, r.area, Rectangle.unit, [f.name for f in dataclasses.fields(r)])
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    dataclasses.replace(r, area=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    name: str
    level: int = 1

    def describe(self):
        return f"{self.name}@{self.level}"


@dataclass
class Derived(Base):
    extra: list = field(default_factory=list)
    level: int = 5


d = Derived("d")
print(d, d.describe(), isinstance(d, Base), [f.name for f in dataclasses.fields(d)])


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3


print(Options("a", verbose=True), Options.__match_args__)
try:
    Options("a", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Settings:
    host: str
    port: int = 80


print(Settings(host="h"), Settings(port=1, host="x"))
try:
    Settings("h")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Login:
    user: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]


lg = Login("ann", "secret")
print(lg, lg.hashed, [f.name for f in dataclasses.fields(lg)])


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(hash=False, default_factory=list)


print(hash(Key(1)) == hash(Key(1, [2])), Key(1) == Key(1, [2]))


@dataclass(eq=False)
class Identity:
    x: int


print(Identity(1) == Identity(1), "__hash__" in Identity.__dict__, hash(Identity(1)) != 0)


@dataclass(repr=False, init=False)
class Manual:
    x: int = 7

    def __repr__(self):
        return "Manual!"


print(Manual(), Manual().x)

match Version(3, 1):
    case Version(3, minor):
        print("major 3, minor", minor)

Pair = dataclasses.make_dataclass("Pair", [("left", int), ("right", int, field(default=0))])
print(Pair(1), Pair(1, 2) == Pair(1, 2))


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"balance cannot be negative: {self.balance}")


Account("bob", -5)

from enum import Enum, auto, unique, IntEnum, StrEnum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.RED.is_warm, Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED in Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color) is EnumMeta, EnumMeta is EnumType)
print(Color, repr(Color), f"{Color.GREEN}", f"[{Color.GREEN:>12}]", str(Color.BLUE))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print({Color.RED: "stop", Color.GREEN: "go"}[Color.RED], sorted(Color, key=lambda c: c.value, reverse=True))
print([c.name for c in reversed(Color)])
for name, member in Color.__members__.items():
    print(name, "->", member)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColors(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = "a"
    B = "b"


print(Fine("b"), Fine.A.value)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Weekday = Enum("Weekday", ["MON", "TUE"], start=0)
print(list(Weekday))
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(Pair("r"), Pair.LEFT.value)


def next_step(color):
    match color:
        case Color.RED:
            return "wait"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print(next_step(Color.RED), next_step(Color.GREEN), next_step(Color.BLUE))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1)
print(sorted([Priority.HIGH, Priority.LOW]), f"{Priority.MEDIUM}", Priority(2), max(Priority))
print({1: "one"}[Priority.LOW], ["a", "b", "c"][Priority.LOW])


class Method(StrEnum):
    GET = auto()
    POST = auto()


print(Method.GET, repr(Method.POST), Method.GET == "get", f"{Method.POST}", Method.GET.upper())

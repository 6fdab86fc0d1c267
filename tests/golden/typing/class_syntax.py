from typing import Generic, TypeVar, NamedTuple, TypedDict, Protocol, Optional
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else None, Stack[int])
class Car(NamedTuple):
    make: str
    year: int = 2000
    def label(self): return f"{self.make}/{self.year}"
print(Car("vw"), Car("a", 1) == ("a", 1), Car("x").label(), isinstance(Car("x"), tuple), Car._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m), isinstance(m, dict))
class Greeter(Protocol):
    def greet(self) -> str: ...
class E:
    def greet(self): return "hi"
def use(g: Greeter): return g.greet()
print(use(E()))


class Options(TypedDict, total=False):
    verbose: bool


print(Options(), sorted(Options.__optional_keys__), Movie.__required_keys__ == {"title", "year"}, Movie.__total__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)
U = TypedDict("U", {"name": str})
print(U(name="a"), U.__required_keys__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box(3).get(), Box[str]("s").item, Box.__orig_bases__, Box.__mro__[1:])

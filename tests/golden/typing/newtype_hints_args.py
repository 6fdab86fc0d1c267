# typing at run time: NewType objects, get_type_hints (NoneType, MRO merge, include_extras), get_args/get_origin of X | Y
from typing import NewType, get_type_hints, get_args, get_origin, Annotated, Optional, List
import typing
UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId.__name__, UserId, UserId.__supertype__, UserId.__module__)
print(UserId | None, Optional[UserId])
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)
def scale(v: list[float], k: Annotated[float, "factor"], out: None = None) -> None:
    pass
print(get_type_hints(scale))
print(get_type_hints(scale, include_extras=True))
class Base:
    a: int
    b: str = "x"
class Child(Base):
    c: Optional[List[int]]
    a: float
print(get_type_hints(Child), get_type_hints(Base), Child.__annotations__)
print(get_args(int | None), get_origin(int | str), get_args(int | str | bytes), get_args(list[int] | None))
print(get_origin(int), get_args(int), get_args(List[int]), get_origin(List[int]))
print(get_type_hints(lambda: 0))
try:
    get_type_hints(5)
except TypeError as e:
    print(e)

# operator.call and typing.assert_never (both new in 3.11)
import operator
from typing import assert_never, Never, NoReturn
from enum import Enum
print(operator.call(len, "ab"), operator.call(max, 1, 5, key=lambda v: -v), operator.call(dict, a=1))
class Shape(Enum):
    SQUARE = 1
    CIRCLE = 2
    TRIANGLE = 3
def sides(s: Shape) -> int:
    match s:
        case Shape.SQUARE:
            return 4
        case Shape.CIRCLE:
            return 0
        case _ as unreachable:
            assert_never(unreachable)
print(sides(Shape.SQUARE), sides(Shape.CIRCLE), Never, NoReturn)
for arg in [Shape.TRIANGLE, "x" * 150, None]:
    try:
        sides(arg)
    except AssertionError as e:
        print(e)
try:
    operator.call()
except TypeError as e:
    print(e)

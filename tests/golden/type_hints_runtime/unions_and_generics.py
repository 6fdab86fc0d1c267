import types, asyncio
from typing import Optional
print(int | None, None | int, int | str | None, list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(type(int | None), type(list[int]), list[int] == list[int], (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, (int | None).__args__, isinstance(int | None, types.UnionType), isinstance(list[int], types.GenericAlias))
def f(x: int | None = None, y: list[str] = []) -> dict[str, int]:
    return {}
print(f.__annotations__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: int[str]
except TypeError as e: print(e)
class MyList(list[int]): pass
print(MyList([1]), MyList.__orig_bases__, MyList.__bases__)
print(int | Optional[str])
print(asyncio.Queue[int], asyncio.Queue[int]().qsize())

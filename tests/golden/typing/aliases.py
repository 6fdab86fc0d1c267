# typing: the names tutorials import, their reprs, get_origin/get_args, TypeVar, Generic, cast
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, TypeVar, Generic, Iterable
from typing import Set, FrozenSet, Type, Literal, Final, ClassVar, Sequence, Mapping, Awaitable
from typing import Coroutine, AsyncIterator, Deque, DefaultDict, Annotated, NoReturn, Protocol
import typing
print(List[int], Dict[str, int], Optional[str], Union[int, str], Callable[[int], str], Tuple[int, ...])
print(Any, TypeVar('T'), List, Iterable[int], Literal['a', 1], Union[int], Optional[Union[int, str]])
print(Union[int, None], Union[None, int], Union[int, str, int], Tuple[()], List['Foo'], Optional[None])
print(Final[int], ClassVar[int], Type[int], Set[int], FrozenSet[int], Deque[int], DefaultDict[str, int])
print(Callable[..., int], Awaitable[int], Coroutine[None, None, int], AsyncIterator[int], Sequence[int], Mapping[str, int])
print(Annotated[int, 'x'], NoReturn, typing.Optional, typing.Union, typing.Callable, typing.Tuple, typing.Dict)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]), typing.get_args(Callable[[int], str]))
print(List[int] == List[int], List[int] == List[str], typing.get_origin(int), typing.get_args(int), typing.cast(int, 'x'), typing.TYPE_CHECKING)
T = TypeVar('T', bound=int)
K = TypeVar('K', str, int)
print(T, T.__name__, K, TypeVar('Co', covariant=True), typing.Generic)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int]().items, Stack.__mro__[1] is Generic)
class Greeter(Protocol):
    def greet(self) -> str: ...
def process(items: List[int], key: Optional[Callable[[int], int]] = None) -> Dict[str, Any]:
    return {'n': len(items), 'key': key is None}
print(process([1, 2]))
for bad in [lambda: List[int](), lambda: List(), lambda: Optional[int, str], lambda: Union[()], lambda: Any(), lambda: Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

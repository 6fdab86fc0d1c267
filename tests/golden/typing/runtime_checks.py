# typing at run time: isinstance() with the abstract aliases and unions, runtime-checkable
# protocols (members, methods set to None, issubclass), the errors for everything else
import typing
from typing import Protocol, runtime_checkable

print(isinstance([], typing.List), isinstance([], typing.Iterable), issubclass(list, typing.Sequence))
print(isinstance({}, typing.Mapping), isinstance((x for x in ()), typing.Generator), isinstance(1, typing.Hashable))
print(isinstance(1, typing.Optional[int]), isinstance("a", typing.Union[int, str]), isinstance(1.5, int | str))
for check in (lambda: isinstance([], typing.List[int]), lambda: isinstance(1, typing.Any),
              lambda: issubclass(int, typing.Any), lambda: isinstance(1, typing.Literal[1])):
    try:
        check()
    except TypeError as e:
        print(e)
print(typing.get_origin(typing.Iterable[int]), typing.get_origin(typing.ContextManager[int]))
print(typing.SupportsInt, isinstance(1, typing.SupportsInt), isinstance("a", typing.SupportsInt))
print(isinstance(2.5, typing.SupportsRound), isinstance(3, typing.SupportsIndex), isinstance(3.0, typing.SupportsIndex))


class P(Protocol):
    x: int

    def m(self):
        ...


for check in (lambda: isinstance(1, P), lambda: P(), lambda: runtime_checkable(int)):
    try:
        check()
    except TypeError as e:
        print(e)


@runtime_checkable
class Closer(Protocol):
    def close(self):
        ...


class File:
    def close(self):
        pass


class NotClosable:
    close = None


class Impl(Closer):
    pass


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer), issubclass(int, Closer))
print(isinstance(NotClosable(), Closer), type(Impl()).__name__, isinstance(Impl(), Closer))


@runtime_checkable
class HasY(Protocol):
    y: int


class G:
    y = 1


print(isinstance(G(), HasY), isinstance(1, HasY))
try:
    issubclass(G, HasY)
except TypeError as e:
    print(e)


@runtime_checkable
class Both(Closer, Protocol):
    def open(self):
        ...


class Door:
    def open(self):
        pass

    def close(self):
        pass


print(isinstance(Door(), Both), isinstance(File(), Both))

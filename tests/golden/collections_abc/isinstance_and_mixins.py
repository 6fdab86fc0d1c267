import collections.abc
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized,
    Container, Hashable, Callable, Awaitable, Coroutine, AsyncIterator, Generator, Set, MutableSet, Collection, Reversible)
from collections import abc, Counter, OrderedDict, defaultdict, deque
import asyncio
from abc import ABC, ABCMeta, abstractmethod
vals = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), 3, 2.5, None, len, lambda: 0, (x for x in []), Counter(), OrderedDict(), defaultdict(int), deque(), "x", {}.keys(), {}.items()]
for abc_ in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible):
    print(abc_.__name__, [isinstance(v, abc_) for v in vals])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
async def co(): return 1
c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(3, Awaitable))
c.close()
class Deck:
    def __init__(self): self.cards = list("abc")
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
    def __iter__(self): return iter(self.cards)
print(isinstance(Deck(), Iterable), isinstance(Deck(), Sized), isinstance(Deck(), Sequence))
Sequence.register(Deck)
print(isinstance(Deck(), Sequence), isinstance(Deck(), Collection), issubclass(Deck, Reversible))
class Bag(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(); b.update(a=1, b=2); b.setdefault("c", 3)
print(dict(b), b.get("z", 0), "a" in b, list(b.keys()), list(b.items()), list(b.values()), b.pop("a"), len(b), b == {"b": 2, "c": 3}, isinstance(b, Mapping))
try:
    class Half(Sequence): pass
    Half()
except TypeError as e: print(e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
    def perimeter(self): return 8
print(Sq().area(), isinstance(Sq(), Shape), type(Shape).__name__)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def go(self): ...
try: Meta()
except TypeError as e: print(e)
Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), isinstance("x", Meta))
class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable: return hasattr(C, "draw") or NotImplemented
        return NotImplemented
class Pic:
    def draw(self): pass
print(isinstance(Pic(), Drawable), isinstance(3, Drawable), abc.Mapping is Mapping)

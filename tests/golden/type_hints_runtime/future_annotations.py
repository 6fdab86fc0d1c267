# from __future__ import annotations (PEP 563): every annotation is the string of its source,
# spaced as ast.unparse writes it; get_type_hints evaluates them; dataclasses still work.
"""A docstring first."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional, get_type_hints


@dataclass
class Job:
    name: str
    tags: list[str] = field(default_factory=list)
    parent: Optional[Job] = None
    count: ClassVar[int] = 0
    note: "str | None" = None


def f(x: dict[str,  int], *args: int, y: Job | None = None, **kw: "Foo") -> list[Job]:
    return []


print(f.__annotations__)
print(Job.__annotations__)
print([(x.name, x.type) for x in fields(Job)])
print(get_type_hints(Job)["parent"])
print(Job("a"))


class Node:
    value: int
    children: list[Node]

    async def walk(self) -> AsyncIterator[Node]:
        yield self


print(Node.__annotations__, Node.walk.__annotations__)
x: Undefined = 3
print(__annotations__)


import __future__
print(__future__.annotations, __future__.all_feature_names[-2:])
print(__future__.division.getMandatoryRelease(), __future__.annotations.compiler_flag)


def g(a: Literal["x"], b: tuple[int,...], c: Callable[[int],str], d: int|str|None) -> "Job":
    pass


print(g.__annotations__)
print(get_type_hints(g.__wrapped__ if hasattr(g, "__wrapped__") else Job)["tags"])

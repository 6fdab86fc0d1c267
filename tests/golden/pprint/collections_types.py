import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserList, UserDict
from dataclasses import dataclass, field
from types import SimpleNamespace, MappingProxyType


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin point with a rather long label"
    tags: list = field(default_factory=lambda: ["a", "b", "c"])
    hidden: int = field(default=0, repr=False)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "Custom<%d>" % self.v


od = OrderedDict((k, k * 10) for k in "zyxwvutsrq")
pprint.pprint(od, width=40)
dd = defaultdict(list, {"b": [1, 2], "a": list(range(20))})
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int), width=10)
c = Counter("mississippi river runs deep and wide")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=40)
pprint.pprint(ChainMap({"a": 1, "b": list(range(10))}, {"c": 3}), width=30)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint(UserDict({"k%d" % i: i for i in range(8)}), width=30)
pprint.pprint(Point(1, 2), width=40)
pprint.pprint([Point(10, 20), Point(30, 40)], width=60)
pprint.pprint([Custom(i) for i in range(30)], width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(10)), beta="text " * 5, gamma={"x": 1}), width=40)
pprint.pprint(MappingProxyType({"a": list(range(15)), "b": 2}), width=40)


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return "MyDict!"


pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(MyDict(a=list(range(30))), width=40)
pprint.pprint({"nested": MyList(range(3)), "n": 10 ** 10}, underscore_numbers=True)
pprint.pprint([10 ** 12, 1234567], underscore_numbers=True)

loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isrecursive([1, [2]]))
print(pprint.saferepr(loop).startswith("[1, 2, <Recursion on list with id="))
d = {"self": None}
d["self"] = d
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))

printer = pprint.PrettyPrinter(width=30, indent=2)
printer.pprint({"numbers": list(range(15))})
print(printer.pformat((1, 2)), printer.isreadable([1]), printer.isrecursive(loop))
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
pprint.pprint({"a": [1, 2, 3]}, stream=w)
print(w.parts and "".join(w.parts) == "{'a': [1, 2, 3]}\n")

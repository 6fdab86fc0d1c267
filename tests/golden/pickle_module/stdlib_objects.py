# Objects of the standard modules a tutorial pickles: same bytes as CPython, same objects back
import collections
import copy
import dataclasses
import datetime
import enum
import fractions
import pickle

Pt = collections.namedtuple("Pt", "x y")


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Tagged(collections.OrderedDict):
    pass


tagged = Tagged(b=2, a=1)
tagged.tag = "t"
objects = [Pt(1, 2), Item("pen"), Color.GREEN, collections.OrderedDict(a=1, b=2),
           collections.Counter("abbccc"), collections.defaultdict(list, {"k": [1]}),
           collections.deque([1, 2]), collections.deque([3], maxlen=5),
           datetime.timedelta(days=1, seconds=5), fractions.Fraction(1, 3), tagged]
for obj in objects:
    for proto in (0, 2, 4):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(type(obj).__name__, proto, back == obj, type(back) is type(obj), data)
back = pickle.loads(pickle.dumps(tagged))
print(back, back.tag, list(back))
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
dq = collections.deque([[1], [2]], maxlen=3)
dc = copy.deepcopy(dq)
print(dc, dc.maxlen, dc[0] is dq[0], dc == dq)
od = copy.deepcopy(tagged)
print(od, od.tag, type(od).__name__)
d = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(pickle.loads(pickle.dumps(d)) == d, pickle.loads(pickle.dumps(d.date())) == d.date())

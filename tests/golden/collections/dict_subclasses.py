from collections import Counter, defaultdict, OrderedDict, namedtuple
import json, copy
c = Counter("abracadabra")
print(c, isinstance(c, dict), c["z"], c.most_common(2), sorted(c.elements())[:4], c.total())
c2 = Counter(a=1)
print(c + c2, c - c2, c & c2, c | c2, +c, -Counter(a=-1), Counter(a=1) == Counter(a=1, b=0), Counter() == {})
c.update("aaa"); c.subtract({"b": 5}); print(c)
del c["zzz"]
print(json.dumps(c, sort_keys=True), dict(c), copy.copy(c), type(copy.deepcopy(c)).__name__)
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, isinstance(dd, dict), dd.get("z"), len(dd), dd.copy(), dd | {"q": 1}, json.dumps(dd))
try:
    defaultdict(3)
except TypeError as e: print(e)
d0 = defaultdict(None); 
try: d0["k"]
except KeyError as e: print("KeyError", e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, isinstance(od, dict), OrderedDict(), list(reversed(OrderedDict(x=1, y=2))))
print(OrderedDict.fromkeys("ab"), OrderedDict(a=1) | {"b": 2})
class Inv(Counter): pass
print(Inv("aab"), type(Inv("a") + Inv("b")).__name__)

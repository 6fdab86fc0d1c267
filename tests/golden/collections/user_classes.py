# collections.UserDict, UserList and UserString: wrappers whose methods a subclass overrides
from collections import UserDict, UserList, UserString
import copy


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"no {key}"


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], d["zz"], "b" in d, list(d), d.get("q", 0))
print(d | {"x": 9}, {"y": 0} | d, type(d | {}).__name__)
d |= {"Q": 5}
print(d, d.copy(), type(d.copy()).__name__, copy.copy(d) == d)
print(UserDict.fromkeys("ab", 0), sorted(d.items()), d.pop("a"), d.setdefault("N", 7), d)
del d["b"]
print(d, isinstance(d, dict), dict(d))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s[1:], type(s[1:]).__name__, s + [4], [0] + s, s * 2)
s += (5, 6)
s.extend(Stack([7]))
print(s, s.pop(), s.index(3), s.count(1), 3 in s, s == [1, 2, 3, 5, 6], s < [9])
s.sort(reverse=True)
s.reverse()
s.insert(0, -1)
s.remove(2)
print(s, s.copy(), type(s.copy()).__name__, list(reversed(s)))
s[0] = 100
del s[1]
print(s, sum(s), max(s), sorted(s))
try:
    hash(s)
except TypeError as e:
    print(e)


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


w = Shout("hello world")
print(w, repr(w), w.shout(), type(w.upper()).__name__, w.split(), w[0:5], type(w[0]).__name__)
print(w + "?", "> " + w, w * 2, len(w), "wor" in w, w.find("o"), w.count("o"), w.title())
print(w.replace("l", "L", 2), w.center(15, "*"), w.startswith("he"), w.isalpha(), w.zfill(13))
print(w == "hello world", w < "z", hash(w) == hash("hello world"), int(UserString("42")) + 1)
print("%s!" % w, Shout("%d-%d") % (1, 2), sorted([Shout("b"), Shout("a")]))

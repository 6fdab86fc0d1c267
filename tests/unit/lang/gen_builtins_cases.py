#!/usr/bin/env python3
"""Generates tests/unit/lang/data/builtins_<area>_cases.inc for the builtins_<area>_test.cpp
tests: each case is a small Python program and the stdout CPython 3.11 prints for it.

    python3 tests/unit/lang/gen_builtins_cases.py            # regenerate the .inc files
    python3 tests/unit/lang/gen_builtins_cases.py --check build/b-native/loopscope [area]
                                                              # diff the CLI against CPython

Every program starts with PRELUDE: t(f) prints repr(f()) or "ExceptionName: message", so a
case can list many expressions, failing ones included.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lang_cases import check_cases, run_python, write_inc  # noqa: E402

PRELUDE = '''def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
'''

CASES = {}


def case(area, name, source):
    CASES.setdefault(area, []).append((name, PRELUDE + source))


# ---- str ---------------------------------------------------------------------------------------
case("str", "indexing and slicing", '''
s = "hello world"
for f in [lambda: s[0], lambda: s[-1], lambda: s[1:4], lambda: s[::-1], lambda: s[::2],
          lambda: s[-3:], lambda: s[20:], lambda: s[5:1:-1], lambda: s[11], lambda: s[1.0],
          lambda: s["a"], lambda: len(s), lambda: "lo" in s, lambda: 5 in s, lambda: list("abc")]:
    t(f)
u = "héllo→wörld"
for f in [lambda: len(u), lambda: u[1], lambda: u[5], lambda: u[::-1], lambda: u[2:7],
          lambda: u.upper(), lambda: u.find("w"), lambda: list(u)[:4], lambda: u.split("→")]:
    t(f)
''')
case("str", "split and join", '''
for f in [lambda: "a,b,,c".split(","), lambda: "  a  b c ".split(), lambda: "a b c".split(None, 1),
          lambda: "a,b,c".split(",", maxsplit=1), lambda: "a,b,c".rsplit(",", 1),
          lambda: "  a  b c ".rsplit(None, 1), lambda: "".split(), lambda: "".split(","),
          lambda: "a".split(""), lambda: "x\\ny\\r\\nz\\n".splitlines(),
          lambda: "x\\ny\\r\\nz\\n".splitlines(True), lambda: "".splitlines(),
          lambda: "-".join(["a", "b", "c"]), lambda: "".join([]), lambda: ", ".join(map(str, range(3))),
          lambda: "a".join([1]), lambda: "a".join(5), lambda: "k=v=w".partition("="),
          lambda: "k=v=w".rpartition("="), lambda: "kvw".partition("="), lambda: "kvw".rpartition("="),
          lambda: "a\\tb c".split(), lambda: "1 2 3".split(" ", -1), lambda: "abc".split("", 1)]:
    t(f)
''')
case("str", "strip and case", '''
for f in [lambda: "  hi  ".strip(), lambda: "xxhixx".strip("x"), lambda: "  hi  ".lstrip(),
          lambda: "  hi  ".rstrip(), lambda: "abcba".strip("ab"), lambda: "a".strip(5),
          lambda: "Hello World".upper(), lambda: "Hello World".lower(), lambda: "hello world".title(),
          lambda: "they're bill's".title(), lambda: "hELLO".capitalize(), lambda: "Hello".swapcase(),
          lambda: "Straße".casefold(), lambda: "straße".upper(), lambda: "ÀÉÎ".lower(),
          lambda: "x".center(4), lambda: "x".center(5, "*"), lambda: "ab".center(5),
          lambda: "ab".ljust(5, "-"), lambda: "ab".rjust(5), lambda: "ab".ljust(1),
          lambda: "-5".zfill(4), lambda: "+7".zfill(3), lambda: "".zfill(2), lambda: "42".zfill(5),
          lambda: "a".center(5, "ab"), lambda: "a".ljust(3, 5), lambda: "a\\tb".expandtabs(4)]:
    t(f)
''')
case("str", "searching", '''
s = "abracadabra"
for f in [lambda: s.find("bra"), lambda: s.rfind("bra"), lambda: s.find("zz"), lambda: s.index("cad"),
          lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.count("a"), lambda: s.count("bra", 2),
          lambda: s.count(""), lambda: s.find("a", 1, 4), lambda: s.find("", 20), lambda: s.find("", 11),
          lambda: s.startswith("abr"), lambda: s.startswith("bra", 1), lambda: s.endswith(("x", "ra")),
          lambda: s.startswith(5), lambda: s.startswith((5,)), lambda: s.endswith("abra", 0, 5),
          lambda: s.replace("a", "A"), lambda: s.replace("a", "A", 2), lambda: s.replace("", "-"),
          lambda: s.replace("zz", "y"), lambda: s.replace(1, 2), lambda: s.count(1),
          lambda: s.removeprefix("abra"), lambda: s.removesuffix("abra"), lambda: s.removeprefix("x")]:
    t(f)
''')
case("str", "predicates", '''
for w in ["abc", "ABC", "Abc", "a1", "123", "", " \\t", "Hello World", "hello World", "_x1",
          "1x", "½", "²", "é", "A B"]:
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          w.isnumeric(), w.isdecimal(), w.isidentifier(), w.istitle(), w.isascii())
''')
case("str", "repr and comparisons", '''
for w in ["plain", "it's", 'say "hi"', "both ' and \\"", "tab\\there", "nl\\n", "back\\\\slash",
          "\\x00\\x7f", "é→✓", "\\u200b", "\\xa0"]:
    print(repr(w), str(w) if "\\x00" not in w else "(NUL)", ascii(w))
for f in [lambda: "a" < "b", lambda: "abc" < "abd", lambda: "Z" < "a", lambda: "é" > "z",
          lambda: "a" == "a", lambda: "a" != "b", lambda: "a" < 1, lambda: "ab" * 3,
          lambda: 2 * "ab", lambda: "a" + "b", lambda: "a" + 1, lambda: "a" * 1.5,
          lambda: "x" * -1, lambda: hash("abc") == hash("ab" + "c"), lambda: str(), lambda: str(12),
          lambda: str([1, "a"]), lambda: str(None)]:
    t(f)
''')
case("str", "format method", '''
class P:
    x = 3
    def __format__(self, spec):
        return "P<" + spec + ">"
for f in [lambda: "{} and {}".format(1, 2), lambda: "{1}{0}".format("a", "b"),
          lambda: "{x}-{y}".format(x=1, y="z"), lambda: "{0[1]}".format([5, 6]),
          lambda: "{0[k]}".format({"k": "v"}), lambda: "{0.x}".format(P()), lambda: "{:>6}|".format("ab"),
          lambda: "{:^7.2f}".format(3.14159), lambda: "{:,}".format(1234567), lambda: "{!r}".format("q"),
          lambda: "{!s:>4}".format(1), lambda: "{:{}}".format(1, 5), lambda: "{{}} {}".format(1),
          lambda: "{:x}".format(P()), lambda: "{}".format(), lambda: "{0}{}".format(1, 2),
          lambda: "{}{0}".format(1, 2), lambda: "{x}".format(), lambda: "{".format(), lambda: "}".format(),
          lambda: "{0[5]}".format([1]), lambda: "{0.zz}".format(1), lambda: "{!x}".format(1),
          lambda: "{:d}".format("a"), lambda: "{0!".format(1), lambda: "{0:".format(1),
          lambda: "{:%}".format(0.25), lambda: "{:05d}|{:<4}|{:+}".format(42, "a", 3)]:
    t(f)
''')

case("str", "percent formatting", """
for f in [lambda: "%d" % "a", lambda: "%x" % 1.5, lambda: "%f" % "a", lambda: "%c" % "ab", lambda: "%c" % 1.5,
          lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%(a)s" % 5, lambda: "%(a)s" % {},
          lambda: "%*d" % ("a", 1), lambda: "%q" % 1, lambda: "%" % 1, lambda: "%d" % 2.7, lambda: "%s" % [1],
          lambda: "%s" % {"a": 1}, lambda: "x" % {"a": 1}, lambda: "x" % [1], lambda: "x" % (), lambda: "x" % 5,
          lambda: "%i|%u|%o|%X|%e|%g|%r|%a|%c|%%" % (1, 2, 8, 255, 1.5, 0.1, "s", "é", 65),
          lambda: "%5.1f|%-5d|%05d|%+d|% d" % (3.14159, 42, 42, 5, 5), lambda: "%(x)s-%(y)r" % {"x": 1, "y": "z"},
          lambda: "%d" % True, lambda: "%s" % None, lambda: "%x" % 2 ** 70, lambda: "%d" % 1e30,
          lambda: "%.2s" % "abc", lambda: "%*d|%-*d|%.*f" % (4, 1, 3, 2, 2, 3.14159), lambda: "%#x %#o" % (255, 8)]:
    t(f)
""")

case("str", "maketrans and translate", """
for f in [lambda: str.maketrans("ab", "xyz"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
          lambda: str.maketrans({"a": 1, 98: "q", "c": None}), lambda: str.maketrans("ab", "xy", "c"),
          lambda: "abcabc".translate(str.maketrans("ab", "xy", "c")), lambda: "abc".translate({97: 3.5}),
          lambda: "abc".translate({97: "ZZ", 98: None}), lambda: "abc".translate(["q"]), lambda: "a".translate(5),
          lambda: str.maketrans("a", 1), lambda: "ab".maketrans("a", "b"), lambda: str.maketrans({1.5: 2}),
          lambda: str.maketrans(), lambda: "héllo".translate({ord("é"): "e", ord("o"): "0"})]:
    t(f)
""")

case("str", "format_map", """
for f in [lambda: "{a}-{b}".format_map({"a": 1, "b": 2}), lambda: "{a}".format_map({}), lambda: "{}".format_map({}),
          lambda: "{0}".format_map({}), lambda: "{a[0]}".format_map({"a": [5]}), lambda: "{a}".format_map(1),
          lambda: "{a:>4}|{b!r}".format_map({"a": 7, "b": "s"})]:
    t(f)
""")

# ---- list and tuple ----------------------------------------------------------------------------
case("list", "indexing and slices", '''
xs = list(range(10))
for f in [lambda: xs[3], lambda: xs[-1], lambda: xs[10], lambda: xs["a"], lambda: xs[1.0],
          lambda: xs[2:5], lambda: xs[::3], lambda: xs[::-2], lambda: xs[-3:], lambda: xs[8:2:-2],
          lambda: xs[100:], lambda: xs[slice(1, 3)], lambda: (1, 2, 3)[1:], lambda: (1, 2)[5],
          lambda: (1,)[str()], lambda: ()[::-1]]:
    t(f)
ys = [0, 1, 2, 3, 4, 5]
ys[1:3] = ["a", "b", "c"]; print(ys)
ys[::2] = [9, 9, 9, 9]; print(ys)
ys[:] = (7, 8); print(ys)
ys[5:] = [1]; print(ys)
def bad():
    zs = [1, 2, 3]
    zs[::2] = [1]
t(bad)
def bad2():
    zs = [1]
    zs[0:1] = 5
t(bad2)
def bad3():
    zs = [1]
    zs[3] = 0
t(bad3)
zs = list(range(10)); del zs[::3]; print(zs)
zs = list(range(10)); del zs[8:1:-2]; print(zs)
zs = list(range(5)); del zs[1:3]; print(zs)
zs = list(range(5)); del zs[-1]; print(zs)
''')
case("list", "methods", '''
xs = [3, 1, 2]
xs.append(4); xs.extend([5, 6]); xs.extend("ab"); xs.insert(0, "s"); xs.insert(-1, "m"); xs.insert(99, "e")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove("a"); print(xs, xs.index(2), xs.count(1), xs.index(5, 2))
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [].remove(3), lambda: [1].index(3),
          lambda: [1, 2, 3].index(2, 0, 1), lambda: [1].insert("a", 1), lambda: [].append(),
          lambda: [].append(1, 2), lambda: [].append(x=1), lambda: [].copy(1), lambda: [1].count(),
          lambda: [].extend(5), lambda: [].index(1, 2, 3, 4)]:
    t(f)
ys = [1, 2]; zs = ys.copy(); zs.append(3); print(ys, zs)
ys.reverse(); print(ys); ys.clear(); print(ys)
a = [1]; a += (2, 3); a *= 2; print(a)
b = a; b += [9]; print(a is b, a)
''')
case("list", "sort", '''
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
xs = [5, 2, 8, 1]; xs.sort(reverse=True); print(xs)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([]))
for f in [lambda: [3, "a"].sort(), lambda: [1, 2].sort(key=1), lambda: [].sort(1),
          lambda: sorted([1], 1), lambda: sorted(), lambda: [].sort(reverse=None),
          lambda: sorted([1, 2], foo=1)]:
    t(f)
big = list(range(100, 0, -1)) * 3
print(sorted(big)[:5], sorted(big, reverse=True)[:5], sorted(big, key=lambda v: v % 7)[:8])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
''')
case("list", "repr compare hash", '''
xs = [1, "a", (2,), [3], None, 1.5]
print(xs, repr(xs), str(xs))
xs.append(xs); print(xs)
print((1,), (), (1, 2), ((1,),), ([],))
for f in [lambda: [1, 2] < [1, 3], lambda: [1, 2] < [1, 2, 0], lambda: [2] > [1, 9], lambda: [1] == [1.0],
          lambda: [1, 2] != [1, 2], lambda: (1, 2) <= (1, 2), lambda: (1, "a") < (1, "b"),
          lambda: [1] < "a", lambda: [1] < [None], lambda: (1, 2) == [1, 2],
          lambda: hash((1, 2)), lambda: hash(()), lambda: hash((1, (2, 3), True, -1)),
          lambda: hash((1, [])), lambda: hash([]), lambda: [1] + (1,), lambda: (1,) + [1],
          lambda: [] * "a", lambda: [1, 2] * 2, lambda: 3 * (0,), lambda: [0] * -1,
          lambda: 3 in [1, 2, 3], lambda: 4 not in (1, 2), lambda: list((1, 2)), lambda: tuple([1]),
          lambda: list(5), lambda: tuple(5), lambda: list("ab"), lambda: tuple(range(3)),
          lambda: (1, 2, 1).count(1), lambda: (1, 2).index(2), lambda: (1,).index(3)]:
    t(f)
''')

# ---- dict --------------------------------------------------------------------------------------
case("dict", "basics", '''
d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10; del d["b"]
print(d, len(d), "a" in d, "b" in d, d.get("a"), d.get("z"), d.get("z", 0))
print(d.keys(), d.values(), d.items(), list(d), {}, dict())
print(d.setdefault("x", []), d.setdefault("a", 0), d)
print(d.pop("x"), d.pop("nope", "dflt"), d.popitem(), d)
for f in [lambda: {}[1], lambda: {}["a"], lambda: {}[[1]], lambda: {}.popitem(), lambda: {}.pop(1),
          lambda: {}.setdefault(), lambda: {}.keys(1), lambda: {}.get(1, 2, 3), lambda: {} < {},
          lambda: {1: 2} == {1: 2.0}, lambda: {1: 2} != {1: 3}, lambda: {1: 1, 2: 2} == {2: 2, 1: 1},
          lambda: {"a": 1} | {"b": 2}, lambda: {} | 1, lambda: hash({})]:
    t(f)
def delmissing():
    del {}[1]
t(delmissing)
''')
case("dict", "construction and update", '''
for f in [lambda: dict(a=1, b=2), lambda: dict([("a", 1), ["b", 2]]), lambda: dict({"x": 1}, y=2),
          lambda: dict(zip("ab", range(2))), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
          lambda: dict(1), lambda: dict.fromkeys("abc"), lambda: dict.fromkeys([1, 2], 0),
          lambda: {}.fromkeys([1]), lambda: {k: k * k for k in range(4)}, lambda: dict(dict(a=1))]:
    t(f)
d = {"a": 1}
d.update({"b": 2}); d.update([("c", 3)]); d.update(e=5); d.update({"a": 0}, f=6); print(d)
c = d.copy(); c["z"] = 0; print(d, c)
c.clear(); print(c)
for f in [lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.update(1, 2)]:
    t(f)
e = {1: "one"}; e |= {2: "two"}; print(e)
''')
case("dict", "iteration and views", '''
d = {"x": 1, "y": 2, "z": 3}
for k in d: print(k, d[k])
for k, v in d.items(): print(k, v)
print(list(d.values()), list(reversed(d)), list(reversed(d.items())))
ks = d.keys()
d["w"] = 4
print(ks, len(ks), "w" in ks, ("w", 4) in d.items(), 4 in d.values())
print(d.keys() & {"x", "q"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"x"}), d.keys() == {"x", "y", "z", "w"})
print(d.items() == {("x", 1), ("y", 2), ("z", 3), ("w", 4)})
def mutate():
    for k in d:
        d[k + "!"] = 0
t(mutate)
print(d)
e = {(1, 2): "t", 3.0: "f", True: "b", None: "n"}
print(e, e[1], e[3], e[(1, 2)])
e[5] = e; print(e)
''')
case("dict", "hash and equality of keys", '''
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return "H(%r)" % self.v
d = {H(1): "a", H(2): "b"}
d[H(1)] = "c"
print(d, d[H(2)], H(3) in d, len(d))
m = {}
for i in range(1000): m[i] = i * i
for i in range(0, 1000, 2): del m[i]
print(len(m), m[999], sum(m.values()), list(m)[:5])
m2 = {str(i): i for i in range(500)}
print(len(m2), m2["250"], "499" in m2, "500" in m2)
''')

# ---- set ---------------------------------------------------------------------------------------
case("set", "basics", '''
s = {3, 1, 2}
print(s, {10, 5, 7, 100, 33}, set(), frozenset(), frozenset({4, 2}), {"only"}, set("aab") == {"a", "b"})
s.add(0); s.discard(9); s.remove(3); print(s, len(s), 1 in s, 9 in s)
print({x * 2 for x in range(6)}, set([5, 5, 1]), set(range(20)))
for f in [lambda: set().remove(1), lambda: set().pop(), lambda: {1} | [1], lambda: {1}.union(5),
          lambda: {1} <= [1], lambda: set([[1]]), lambda: {1}.issubset(5), lambda: hash(set()),
          lambda: {1} - 1, lambda: set(1), lambda: hash(frozenset()), lambda: hash(frozenset({1, 2, 3})),
          lambda: {1, 2}.pop(), lambda: set().add()]:
    t(f)
def grow():
    s = {1}
    for x in s:
        s.add(2)
t(grow)
''')
case("set", "algebra", '''
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,)), a.intersection([2, 3], {3}), a.difference([1], [2]), a.symmetric_difference([4, 6]))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a.isdisjoint([1]))
c = set(a); c |= b; print(c)
c &= {1, 5, 7}; print(c)
c -= {1}; print(c)
c ^= {5, 6}; print(c)
d = {1, 2, 3}; d.update([4], [5]); d.intersection_update([1, 2, 4, 5]); d.difference_update({1})
print(d)
d.symmetric_difference_update({2, 9}); print(d)
f = frozenset({1, 2})
print(f | {3}, {3} | f, f & {1}, type(f | {3}).__name__, type({3} | f).__name__, f.copy() is f)
print({f: 1}[frozenset([2, 1])], frozenset({1, 2}) == {1, 2})
''')

case("set", "iteration order as CPython's table", '''
print(set([-1, -2, 5, 8, 16]), set(range(30, 0, -3)), {x * 37 for x in range(40)})
s = set(range(20)); s.discard(3); s.add(99); s.add(3); print(s)
print(set([True, 2, 0.5, 1.5, -7]), set([9, 1, 9, 17, 25]), frozenset([10, 2, 18]))
a = set([1, 2, 3, 40, 50]); b = set([3, 40, 99, 7])
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(set([2**64, 2**61, 2**61 - 1, 12345678901234, -5]))
t = set()
for i in [5, 13, 21, 29, 37, 45]: t.add(i)
print(t, t.pop(), t, t.pop(), t)
print(list(set(range(50, 100)))[:10], set([64, 33, 100, 7, 1000, 8]))
''')


def random_set_program(seed):
    """A program of random add/discard/merge/pop sequences (fixed seed), for set layout."""
    import random
    rnd = random.Random(seed)
    lines = []
    for _ in range(30):
        lines.append("s = set()")
        for _ in range(rnd.randint(5, 60)):
            r = rnd.random()
            v = rnd.randint(-50, 300)
            if r < 0.6:
                lines.append("s.add(%d)" % v)
            elif r < 0.85:
                lines.append("s.discard(%d)" % v)
            elif r < 0.9:
                lines.append("s = s | set(range(%d, %d))" % (v, v + 5))
            elif r < 0.95:
                lines.append("s -= set([%d, %d])" % (v, v + 1))
            else:
                lines.append("s ^= set([%d, %d, %d])" % (v, v * 2, v + 64))
        lines.append("print(s, len(s))")
        lines.append("if s: print(s.pop(), s)")
    return "\n".join(lines) + "\n"


case("set", "random add/discard/merge sequences keep CPython's layout", random_set_program(5))
case("set", "pop continues from where the last pop stopped", '''
s = set(range(40))
print([s.pop() for _ in range(5)])
s.add(2); s.add(100); s.add(0)
print([s.pop() for _ in range(5)], s)
t = set([5, 13, 21, 29]); t.pop(); t.add(5); print(t.pop(), t)
u = set(range(100))
for i in range(0, 100, 3): u.discard(i)
u.add(3); u.add(1000); print(list(u)[:12], list(u).index(3))
''')

# ---- iterators, range, slice -------------------------------------------------------------------
case("iter", "range", '''
for f in [lambda: range(5), lambda: range(1, 10, 3), lambda: list(range(0)), lambda: list(range(5, 0, -2)),
          lambda: range(10)[2:8:2], lambda: range(10)[::-1], lambda: range(5)[-1], lambda: range(5)[10],
          lambda: range(5)["a"], lambda: range(1.5), lambda: range(0, 10, 0), lambda: range("a"),
          lambda: range(), lambda: range(1, 2, 3, 4), lambda: len(range(1, 10, 3)), lambda: 4 in range(1, 10, 3),
          lambda: 5 in range(1, 10, 3), lambda: 4.0 in range(5), lambda: range(5).index(3),
          lambda: range(5).index(7), lambda: range(1, 10, 3).count(4), lambda: range(5) == range(0, 5),
          lambda: range(0) == range(5, 5), lambda: range(1, 3) == range(1, 4), lambda: list(reversed(range(1, 10, 3))),
          lambda: (range(1, 10, 3).start, range(1, 10, 3).stop, range(1, 10, 3).step),
          lambda: hash(range(3)) == hash(range(0, 3)), lambda: bool(range(0)), lambda: sum(range(101)),
          lambda: list(range(-3, 3)), lambda: range(-5, 5, 2)[1:3]]:
    t(f)
''')
case("iter", "slice", '''
for f in [lambda: slice(1, 2), lambda: slice(None), lambda: slice(1, 2, 3).indices(10),
          lambda: slice(None, None, -1).indices(5), lambda: slice(-100, 100).indices(4),
          lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice(),
          lambda: slice(1, 2) == slice(1, 2), lambda: (slice(1, 5, 2).start, slice(1, 5, 2).stop, slice(4).step),
          lambda: [0, 1, 2, 3][slice(None, None, 2)], lambda: "abcdef"[slice(-2, None)]]:
    t(f)
''')
case("iter", "builtin iterators", '''
for f in [lambda: list(enumerate("abc")), lambda: list(enumerate("ab", start=5)), lambda: list(enumerate([], 1)),
          lambda: list(zip([1, 2, 3], "ab")), lambda: list(zip()), lambda: list(zip([1], [2], [3])),
          lambda: list(zip([1], [1, 2], strict=True)), lambda: list(zip([1, 2], [1], strict=True)),
          lambda: list(zip([1, 2], [1, 2], [1], strict=True)), lambda: list(zip([1, 2], "ab", strict=True)),
          lambda: list(map(abs, [-1, 2, -3])), lambda: list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])),
          lambda: list(filter(None, [0, 1, "", "x", None, []])), lambda: list(filter(lambda v: v % 2, range(7))),
          lambda: list(reversed([1, 2, 3])), lambda: list(reversed((1, 2))), lambda: list(reversed("abc")),
          lambda: reversed(5), lambda: reversed({1}), lambda: enumerate(5), lambda: zip(5), lambda: map(len),
          lambda: filter(None), lambda: reversed(), lambda: enumerate(), lambda: zip(x=1),
          lambda: next(iter([])), lambda: next(iter([]), 5), lambda: next([]), lambda: iter(5)]:
    t(f)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate(["x", "y"])
print(next(e), iter(e) is e, list(e))
calls = iter([1, 2, 0, 3])
print(list(iter(lambda: next(calls), 0)))
d = {"a": 1}
di = iter(d.items()); print(next(di), list(di))
print(list(iter({5, 1, 3})), list(iter("héllo")))
''')
case("iter", "objects with __getitem__ and __len__ iterate as sequences", '''
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
    def __len__(self): return 4
print(list(Seq()), list(reversed(Seq())), 20 in Seq())
''')
# Needs subclassing dict (the VM): __missing__ and format_map.
case("pending", "dict subclass with __missing__", '''
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
d = D(x=1)
print(d["x"], d["y"], "{x} {y}".format_map(d), len(d), isinstance(d, dict))
''')

# ---- numbers -----------------------------------------------------------------------------------
case("number", "constructors", '''
for f in [lambda: int(), lambda: int("42"), lambda: int("  12_3 "), lambda: int("-0x1f", 0), lambda: int("11", 2),
          lambda: int("z", 36), lambda: int("11", base=2), lambda: int(3.9), lambda: int(-3.9), lambda: int(True),
          lambda: int(1e20), lambda: int("1" * 30), lambda: int(None), lambda: int([1]), lambda: int("12a"),
          lambda: int("z", 99), lambda: int(5, 10), lambda: int(float("inf")), lambda: int(float("nan")),
          lambda: int(""), lambda: int(base=2), lambda: int(1, 2, 3),
          lambda: float(), lambda: float("1.5"), lambda: float(" 1_0.5 "), lambda: float("inf"), lambda: float("-nan"),
          lambda: float(3), lambda: float(True), lambda: float("1e500"), lambda: float("abc"), lambda: float(None),
          lambda: float([1]), lambda: float(10 ** 400), lambda: float(1, 2),
          lambda: bool(), lambda: bool(0), lambda: bool("x"), lambda: bool([]), lambda: bool(1, 2)]:
    t(f)
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
    def __float__(self): return 2.5
print(int(N()), float(N()), int(I()), bin(I()), [1, 2, 3, 4, 5, 6, 7, 8][I()])
''')
case("number", "repr round format", '''
for f in [lambda: 0.1 + 0.2, lambda: 1e16, lambda: 1e-5, lambda: 1.0, lambda: -0.0, lambda: 2 ** 100,
          lambda: -(2 ** 70), lambda: 123456789012345678901234567890, lambda: True, lambda: 1 / 3,
          lambda: round(2.5), lambda: round(3.5), lambda: round(2.675, 2), lambda: round(1234, -2),
          lambda: round(1250, -2), lambda: round(-1250, -2), lambda: round(1350, -2), lambda: round(5, None),
          lambda: round(2.5, None), lambda: round(2.5, 0), lambda: round(12.5, -1), lambda: round(float("inf")),
          lambda: round(1.5, "a"), lambda: round("a"), lambda: round(7), lambda: round(-0.5),
          lambda: (5).bit_length(), lambda: (-255).bit_length(), lambda: (0).bit_length(), lambda: (2 ** 80).bit_length(),
          lambda: (0.5).as_integer_ratio(), lambda: (2.0).is_integer(), lambda: (2.5).is_integer(),
          lambda: format(True), lambda: format(True, "d"), lambda: format(1.5, ""), lambda: format("ab", "x"),
          lambda: format(255, "x"), lambda: format(1234.5678, ",.2f"), lambda: format(0.5, "%"),
          lambda: format(42, "08b"), lambda: format("hi", "^6"), lambda: format(3, ""), lambda: f"{7:>4}|{1/3:.3f}",
          lambda: (3).real, lambda: (3).imag, lambda: (2.5).real, lambda: (7).denominator, lambda: str(2 ** 64)]:
    t(f)
''')

# ---- builtin functions -------------------------------------------------------------------------
case("functions", "print", '''
print(1, 2, 3)
print(1, 2, sep="-")
print("a", end="")
print("b", end="!\\n")
print()
print("x", "y", sep="", end="\\n")
print(None, True, 1.5, [1], {"a": (1,)}, sep=" | ")
print(1, sep=None, end=None)
for f in [lambda: print(1, sep=1), lambda: print(1, end=1), lambda: print(1, foo=2)]:
    t(f)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "file", file=w)
print(w.parts)
print("flushed", flush=True)
''')
case("functions", "aggregates", '''
for f in [lambda: len([1, 2]), lambda: len("héllo"), lambda: len({1: 2}), lambda: len(5), lambda: len(),
          lambda: sum([1, 2, 3]), lambda: sum([0.1] * 10), lambda: sum([1, 2.5]), lambda: sum([[1], [2]], []),
          lambda: sum(["a"], "b"), lambda: sum([1], start=2), lambda: sum(1), lambda: sum(), lambda: sum([2 ** 62, 2 ** 62]),
          lambda: min(3, 1, 2), lambda: max([4, 5]), lambda: max("abc"), lambda: min([], default=7),
          lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: max(1, 2, default=3),
          lambda: max(["aa", "b"], key=len), lambda: min(["aa", "b", "c"], key=len), lambda: max("a", 1),
          lambda: min(1, 2, key=None), lambda: max([1, 1.0]), lambda: max(1.0, 1), lambda: max([(1, "b"), (1, "a")]),
          lambda: any([0, "", 1]), lambda: any([]), lambda: all([1, 0]), lambda: all([]), lambda: any(1),
          lambda: all(x > 0 for x in [1, 2])]:
    t(f)
''')
case("functions", "numbers", '''
for f in [lambda: abs(-5), lambda: abs(-2.5), lambda: abs(-2 ** 63), lambda: abs(-(2 ** 100)), lambda: abs("a"),
          lambda: abs(True), lambda: divmod(7, 2), lambda: divmod(-7, 2), lambda: divmod(7.5, 2), lambda: divmod(1, 0),
          lambda: divmod(1.0, 0.0), lambda: divmod("a", 1), lambda: divmod(2 ** 70, 3), lambda: divmod(1),
          lambda: pow(2, 10), lambda: pow(2, -1), lambda: pow(2, 3, 5), lambda: pow(2, -1, 5), lambda: pow(2, 3, 0),
          lambda: pow(2.0, 3, 5), lambda: pow(2, 0.5), lambda: pow(base=2, exp=3),
          lambda: bin(5), lambda: bin(-5), lambda: bin(0), lambda: hex(255), lambda: hex(-255), lambda: oct(8),
          lambda: hex(2 ** 70), lambda: bin(1.5), lambda: chr(65), lambda: chr(233), lambda: chr(0x1F600),
          lambda: chr(-1), lambda: chr("a"), lambda: ord("A"), lambda: ord("é"), lambda: ord("ab"), lambda: ord(1),
          lambda: ord(""), lambda: hash(1), lambda: hash(-1), lambda: hash(1.0) == hash(1), lambda: hash(True),
          lambda: hash([])]:
    t(f)
''')
case("functions", "objects", '''
class A:
    x = 1
    def m(self): return 2
class B(A): pass
a = B()
for f in [lambda: isinstance(a, A), lambda: isinstance(a, (int, A)), lambda: isinstance(1, (str, (int,))),
          lambda: isinstance(True, int), lambda: isinstance(1, 1), lambda: issubclass(B, A), lambda: issubclass(A, B),
          lambda: issubclass(bool, (str, int)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: hasattr(a, "x"), lambda: hasattr(a, "y"), lambda: hasattr(1, 2), lambda: getattr(a, "x"),
          lambda: getattr(a, "y", "dflt"), lambda: getattr(a, "y"), lambda: getattr(1, 2), lambda: getattr(a, "m")(),
          lambda: setattr(a, "y", 5), lambda: a.y, lambda: setattr(1, 2, 3), lambda: delattr(a, "y"),
          lambda: hasattr(a, "y"), lambda: callable(len), lambda: callable(A), lambda: callable(a), lambda: callable(a.m),
          lambda: callable(1), lambda: repr("a"), lambda: repr([1, "b"]), lambda: ascii("é→"),
          lambda: format(5, "x"), lambda: format([], "x"), lambda: type(3).__name__, lambda: type(iter([])).__name__,
          lambda: type(zip()).__name__, lambda: type({}.keys()).__name__, lambda: vars(1), lambda: vars(a),
          lambda: id(a) == id(a), lambda: id(a) != id(A())]:
    t(f)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]))
''')

case("functions", "lesson-style mix of builtins and methods", '''
d = {"b": 3, "a": 5, "c": 1}
print(max(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), dict(zip("xyz", range(3))), list(reversed(range(2, 9, 3))))
print(" ".join(map(str, [1, 2.5, None])), sum(x * x for x in range(5)), any(x > 3 for x in [1, 5]))
print(f"{d!r} {[1, 'a']!s:>12} {3.14159:.2f} {1234567:,} {0.256:.1%} {42:08.3f}")
print("%.2f|%5s|%-5s|%03d" % (2.5, "ab", "cd", 7), "{:>10}|{:^9}|{:<4}".format("r", "c", "l"))
for i, (k, v) in enumerate(sorted(d.items()), start=1):
    print(i, k, v, sep=", ", end="; ")
print()
print(*[1, 2, 3], sep=", ")
x = [5, 3, 8]; x.sort(key=lambda v: -v); print(x, isinstance(2.0, (int, float)), type(x).__name__)
print(round(2.345, 1), round(-0.5), divmod(-7, 3), abs(-0.0), 7 // 2, -7 % 3, 2 ** -1, 10 / 4)
print(hash((1, "a")) == hash((1, "a")), {1, 2} | {3}, {(1, 2): [3]}, {**d, "z": 0})
words = "the quick brown the lazy the end".split()
counts = {}
for w in words: counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[:2], len(set(words)))
print(str(3.0), str(10**20), repr(1e-7), 1e300 * 10, -1e300 * 10, float("nan"), 0.1 * 3)
print("Done: %s tasks in %.3fs" % (3, 0.5), "x".join("abc"), "a-b-c".rsplit("-", 1), "  pad ".strip().center(9, "*"))
print([i for i in range(10) if i % 3 == 0][::-1], list(filter(str.isdigit, "a1b2")), list(map(int, "123")))
print(min((3, "c"), (1, "z")), max("apple", "fig", key=len), sorted([3, 1, 2], reverse=True))
print(tuple(sorted({3: 1, 1: 2}.items())), list(dict.fromkeys("aabbc")), " | ".join(f"{k}={v}" for k, v in d.items()))
''')



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        check_cases(sys.argv[2], CASES, sys.argv[3:] or list(CASES))
        return
    for area, cases in CASES.items():
        if area == "pending":
            continue
        records = [(name, src, run_python(src)) for name, src in cases]
        write_inc(os.path.join(here, "data", "builtins_%s_cases.inc" % area),
                  "gen_builtins_cases.py", records)


if __name__ == "__main__":
    main()

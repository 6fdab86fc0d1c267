# collections: deque, Counter, defaultdict, OrderedDict, namedtuple and their messages
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft('ab'); print(d)
b = deque(range(5), maxlen=3); print(b, b.maxlen); b.append(9); print(b); b.appendleft(7); print(b)
for f in [deque().pop, deque().popleft, lambda: deque([1]).remove(2), lambda: deque()[0]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
c = Counter('mississippi')
print(c, c['s'], c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('ss'); c.subtract({'i': 4}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1), len(Counter(words)), Counter())
g = defaultdict(list)
for w in words:
    g[len(w)].append(w)
print(g, dict(g) if False else sorted(g.items()), g.default_factory)
n = defaultdict(int); n['x'] += 2; print(n, n['y'], len(n), 'z' in n)
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a'); print(o); o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o, OrderedDict())
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p; print(x + y, p == (1, 2), len(p), list(p))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'z': 3}), ((1,), {'x': 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
print(Emp('ann', 'ops'), Emp._field_defaults)
for bad in [('P', 'a a'), ('P', 'def x'), ('P', '_a'), ('1P', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
print(namedtuple('R', 'a def', rename=True)._fields)

# copy: shallow and deep copies of containers and instances, __copy__ and __deepcopy__
import copy
a = [[1, 2], [3]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(99)
print(a, b, c, b is a, b[0] is a[0], c[0] is a[0])
d = {'k': [1], 'n': {'x': 1}}
e = copy.deepcopy(d)
e['k'].append(2)
print(d, e)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q is p)
shared = [1]
both = [shared, shared]
dup = copy.deepcopy(both)
print(dup[0] is dup[1], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy hook')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
x = Custom([1])
print(copy.copy(x).v, copy.deepcopy(x).v)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy(5), copy.deepcopy('s'))

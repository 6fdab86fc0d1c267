# operator: the operators as functions, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
print(operator.add(2, 3), operator.mul(2, 3), operator.sub(5, 1), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(4), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq('a', 'a'), operator.is_(None, None), operator.contains([1, 2], 2))
print(reduce(operator.mul, range(1, 6)), operator.concat([1], [2]), operator.getitem('abc', 1))
print(operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.abs(-3), operator.index(5))
d = {'a': 1}
operator.setitem(d, 'b', 2); operator.delitem(d, 'a'); print(d)
rows = [('bob', 30), ('al', 25), ('cy', 30)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)('xyz'), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 9}), itemgetter(1), itemgetter(1, 'a'))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'
p = P('ann', P('ben'))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p), attrgetter('x.y'))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')('abc'))
print(methodcaller('greet', 'yo', punct='?'))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)

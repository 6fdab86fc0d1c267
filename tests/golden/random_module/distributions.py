# random: choices and every distribution reproduce CPython's numbers after seed(); Random instances too
import random
random.seed(42)
print(random.choices(['a', 'b', 'c'], k=5))
print(random.choices(range(10), weights=[1] * 9 + [20], k=6))
print(random.choices('xyz', cum_weights=[1, 1, 10], k=4), random.choices([1, 2]))
print(random.triangular(), random.triangular(1, 10), random.triangular(1, 10, 2))
print(random.normalvariate(), random.normalvariate(100, 15), random.lognormvariate(0, 1))
print(random.expovariate(2), random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print(random.gammavariate(2.5, 1), random.gammavariate(1, 2), random.gammavariate(0.5, 1))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.random(), random.randint(1, 6), random.uniform(1, 2), random.gauss(0, 1))
r = random.Random(7)
print(r.choices('abc', k=3), r.triangular(0, 1), r.normalvariate(), r.betavariate(1, 1))
print(random.Random(7).choices('abc', k=3))
for args, kw in [((['a'], [1, 2]), {}), ((['a'],), {'weights': [1], 'cum_weights': [1]}),
                 ((['a'], [0]), {}), ((['a'], 3), {})]:
    try:
        random.choices(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)

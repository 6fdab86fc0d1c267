# statistics.NormalDist: a normal distribution's numbers, arithmetic, samples and errors
from statistics import NormalDist, StatisticsError
import statistics

n = NormalDist(100, 15)
print(n, repr(NormalDist()), NormalDist(mu=5), NormalDist(3, sigma=0))
print(n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(115), n.cdf(70), n.cdf(100))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.001), n.inv_cdf(1e-300), NormalDist().inv_cdf(0.3))
print(n.quantiles(), NormalDist().quantiles(10))
print([round(p, 2) for p in NormalDist(50, 10).quantiles(n=100)][:5])
print(n.zscore(130), n.zscore(85), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(1, 2).overlap(NormalDist(1, 2)))
print(n + 10, 10 + n, n - 10, 10 - n, n * 2, 2 * n, n / 3, n * -1, -n, +n)
print(n + NormalDist(50, 20), n - NormalDist(50, 20))
temp_c = NormalDist(20, 5)
print(temp_c * 9 / 5 + 32)
print(n == NormalDist(100, 15), n == NormalDist(100, 15.0001), n != 3, n == 'x', hash(n) == hash(NormalDist(100.0, 15.0)))
print(len({NormalDist(1, 2), NormalDist(1.0, 2.0), NormalDist(2, 1)}))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples(iter([10, 10, 11])))
print(NormalDist.from_samples(x / 10 for x in range(7)))
print(n.samples(3, seed=42))
print(NormalDist(0, 1).samples(4, seed='tutorial'))
print(len(n.samples(5)), n.samples(0, seed=1))
heights = NormalDist.from_samples([152, 160, 171, 168, 180, 175, 158])
print(heights, round(heights.cdf(170), 4), round(1 - heights.cdf(175), 4))
print(isinstance(NormalDist().inv_cdf(0.2), float), type(NormalDist(1, 2).mean))
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print('StatisticsError:', e)
for call in [lambda: NormalDist(5, 0).pdf(5), lambda: NormalDist(5, 0).cdf(5),
             lambda: NormalDist(5, 0).inv_cdf(0.5), lambda: NormalDist().inv_cdf(0),
             lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(5, 0).zscore(1),
             lambda: NormalDist(1, 0).overlap(NormalDist(1, 1)),
             lambda: NormalDist.from_samples([3]), lambda: NormalDist().overlap(3)]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(StatisticsError, ValueError), 'NormalDist' in statistics.__all__)
try:
    n.mu = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    n * n
except TypeError as e:
    print('TypeError:', e)

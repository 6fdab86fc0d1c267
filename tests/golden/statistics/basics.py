# statistics: averages, spread, quantiles, modes; int vs float results; errors
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([7]), st.harmonic_mean([3, 0]))
print(st.median(data), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.mode(['red', 'blue', 'red', 'blue']), st.multimode('aabbc'), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([1, 2, 3, 4]), st.variance(data, 5), st.stdev([10**20, 10**20 + 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 5, 9], method='inclusive'))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=4))
print(st.mean([True, False, True]), st.median(['b', 'a', 'c']), st.mean([10**30, 1]))
for f, d in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]),
             (st.pvariance, []), (st.pstdev, []), (st.fmean, []), (st.quantiles, [1]), (st.harmonic_mean, [-1, 2]),
             (st.geometric_mean, [0, 1])]:
    try:
        print(f(d))
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e, isinstance(e, ValueError))

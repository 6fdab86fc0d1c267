# statistics with Decimal and Fraction data: the result types statistics._coerce gives, Decimal's correctly rounded stdev
import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
sets = [[D('1.1'), D('2.2'), D('3.35')], [D('19.99'), D('5.01'), D('0.10'), D('100')], [F(1, 2), F(3, 4), F(5, 6)],
        [1, 2, D('2.5')], [F(1, 3), 2, 0.5], [1, F(1, 2)], [D('1'), D('1')], [D('2')], [F(7, 3)], [1, 2, 3], [1.5, 2, 3]]
for data in sets:
    for fn in ('mean', 'median', 'median_low', 'median_high', 'mode', 'variance', 'pvariance', 'stdev', 'pstdev', 'harmonic_mean', 'geometric_mean', 'fmean', 'quantiles'):
        try:
            print(fn, repr(getattr(st, fn)(data)))
        except Exception as e:
            print(fn, type(e).__name__, e)
for bad in ([D('1'), F(1, 2)], [D('1'), 1.5], ['a', 'b']):
    try:
        print(st.mean(bad))
    except Exception as e:
        print(type(e).__name__, e)
with localcontext(prec=5):
    print(st.mean([D(1), D(2), D(2)]), st.stdev([D(1), D(2), D(4)]))
print(st.variance([D('1.5'), D('2.5')], D('2')), st.pvariance([F(1), F(2)], F(3, 2)), st.harmonic_mean([D(1), D(2)], weights=[1, 3]))

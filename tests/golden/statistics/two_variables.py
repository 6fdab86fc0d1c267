# statistics.covariance, correlation, linear_regression (and LinearRegression) with their errors
import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation(x, x), st.correlation(x, x[::-1]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r, r.slope, r.intercept, r._fields, type(r).__name__)
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(st.linear_regression([1.5, 2.5, 4.0], [3, 5, 8.5]), st.covariance([0.1, 0.2, 0.3], [1, 2, 4]))
for f, args in [(st.covariance, ([1], [2])), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 2], [3, 3])),
                (st.correlation, ([1], [1])), (st.correlation, ([1, 2, 3], [1, 2])),
                (st.linear_regression, ([2, 2], [1, 3])), (st.linear_regression, ([1], [1])),
                (st.linear_regression, ([1, 2], [1, 2, 3]))]:
    try:
        print(f(*args))
    except st.StatisticsError as e:
        print(f.__name__, "->", e)

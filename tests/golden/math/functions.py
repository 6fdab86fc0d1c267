# math: integer functions, fsum, dist, isclose, the float functions and their domain errors
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, -18, 30), math.lcm(4, 6), math.lcm(3, 4, 5), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.dist([0, 0], [3, 4]), math.dist((1, 1, 1), (2, 2, 2)), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(0.1, 0.2, 0.3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.trunc(3.7), math.trunc(-3.7), math.floor(-2.5), math.ceil(-2.5), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-2.5))
print(math.atan2(1, 1), math.asin(1), math.acos(0), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(0.5))
print(math.log1p(0), math.expm1(0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.exp(1) == math.e, math.tau)
print(math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.sqrt(2), math.hypot(3, 4), math.pow(2, 0.5))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.remainder(7, 2), math.cbrt(8), math.exp2(3))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (1.5,)),
                (math.isqrt, (-4,)), (math.comb, (-1, 2)), (math.comb, (4, -2)), (math.perm, (2, -1)),
                (math.asin, (2,)), (math.gcd, (1.5,)), (math.sqrt, ('x',)), (math.isclose, (1, 2)),
                (math.dist, ([1], [1, 2])), (math.fsum, ([float('inf'), -float('inf')],))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)

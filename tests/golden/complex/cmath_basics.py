# cmath as a tutorial uses it: roots, polar form, Euler's formula, the constants, errors.
import cmath
import math
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j), cmath.sqrt(4))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.log(-1), cmath.log(1j), cmath.log(8, 2), cmath.log(100, 10 + 0j), cmath.log10(-100))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1 + 1j), cmath.polar(-2), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0))
print(cmath.sin(1 + 1j), cmath.cos(1j), cmath.tan(0.5 - 2j), cmath.sinh(1j), cmath.cosh(2 + 3j), cmath.tanh(-1 + 1j))
print(cmath.asin(2), cmath.acos(2), cmath.atan(2j + 0.5), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print("roots:", (-b + d) / (2 * a), (-b - d) / (2 * a))
r, phi = cmath.polar(3 + 4j)
print(round(r, 3), round(phi, 3), cmath.rect(r, phi))
class Z:
    def __complex__(self):
        return 3 + 4j
print(cmath.sqrt(Z()), cmath.phase(True), cmath.exp(2.5))
for f in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(0, 2), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
          lambda: cmath.sqrt("4"), lambda: cmath.rect(1j, 0), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.isclose(1, 2, rel_tol=-1),
          lambda: cmath.exp(complex(1, math.inf)), lambda: cmath.rect(1, math.inf), lambda: cmath.sin(complex(math.inf, 0)), lambda: cmath.log10(0j), lambda: cmath.sqrt(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

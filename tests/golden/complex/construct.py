# complex() from numbers, strings and objects with __complex__ / __float__ / __index__.
print(complex(), complex(5), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.0), complex(10 ** 20, 3))
print(complex(real=1, imag=2), complex(imag=3), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2j, 0))
for s in ["1+2j", " (3-4J) ", "j", "-j", "+J", "1e3", "2.5", "-1.5e-3-2E+2j", "inf-nanj", "-Infinity+infj",
          "NaN", "1_000+2_0j", "(j)", "\t1-j\n", ".5j", "5.j", "1-0j"]:
    print(repr(s), complex(s))
z = 1 + 2j
print(complex(z) is z)
class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 2.5
class N:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(N()), complex(F(), N()), complex(3, F()))
class Bad:
    def __complex__(self):
        return 1.5
try:
    complex(Bad())
except TypeError as e:
    print(e)

# The errors complex raises, with CPython's exact messages.
import math
import json
cases = [
    lambda: 1j < 2j, lambda: 1 <= 1j, lambda: 1j > 1.0, lambda: 1j >= "a",
    lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: divmod(2, 1j), lambda: 2 // 1j,
    lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: round(1j, 2),
    lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -2.5,
    lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: pow(2, 3, 1j),
    lambda: (1e200 + 1e200j) ** 2, lambda: abs(complex(1e308, 1e308)), lambda: 10 ** (1000 + 0j),
    lambda: 1j << 1, lambda: 1j & 1, lambda: ~1j, lambda: 1j @ 1j, lambda: 1j + "a", lambda: [1] * 1j,
    lambda: math.sqrt(1j), lambda: math.floor(1j), lambda: math.isclose(1j, 1), lambda: json.dumps(1j),
    lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []),
    lambda: complex(None), lambda: complex(b"1"), lambda: complex(1, 2, 3), lambda: complex(real=1, foo=2),
    lambda: (1j).real.foo, lambda: setattr(1j, "real", 2), lambda: (1j).bar, lambda: 10 ** 400 + 1j,
    lambda: complex(10 ** 400), lambda: 1j.conjugate(1),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["1+", "abc", "1+2", "(1+2j", "1__0j", "", " ", "1_", "_1", "j_", "1+2j)", "1e", "1jj", "++1j", "nanj+1", "(1+2j) x"]:
    try:
        print(repr(bad), complex(bad))
    except ValueError as e:
        print(repr(bad), e)

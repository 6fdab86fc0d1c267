# Arithmetic of complex with int, float, bool and complex (results bit for bit as CPython).
z = 1 + 2j
w = -3.5 + 0.25j
for a, b in [(z, w), (z, 2), (3, z), (z, 1.5), (2.5, w), (True, z), (z, False), (w, w)]:
    print(a + b, a - b, a * b, a / b if b else "skip", sep=" | ")
print(z ** 2, z ** -2, z ** 0, z ** 0.5, z ** 3, z ** -3.0, (1 - 1j) ** 8)
print(0j ** 0, 0j ** 2, (0.0 + 0j) ** 2.5, 1j ** 2, (-1) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5)
print(pow(z, 3), pow(2j, -1), pow(-4, 0.5))
print(-z, +z, abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(bool(0j), bool(-0j), bool(1j), bool(0.0 + 1e-300j), not 0j)
acc = 0
for k in range(5):
    acc += complex(k, -k) / (k + 1j)
print(acc, sum([1j, 2, 3.5, True]), sum((complex(k, k) for k in range(4)), 1j))
x = 2 + 0j
x *= 3
x -= 1j
x /= 2
x **= 2
print(x)
print(1e308 * (10 + 10j), (1e200 + 1e200j) / (1e-200 + 1e-200j), 1 / (1e-320j))
print(complex(1, 2) / complex(float("inf"), 1), complex(1, 1) / complex(0, float("nan")))

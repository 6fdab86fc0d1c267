# Float literals and how they print.
print(1.5, .5, 5., 0.0, -0.0)
print(1e3, 1E3, 1e-3, 2.5e-4, 1_000.000_1)
print(3.14159, 1.0e10, 1e100)
print(type(1.0).__name__, type(1e3).__name__)
print(0.1, 0.2, 0.3)
print(1.0 == 1, 0.5 + 0.5)

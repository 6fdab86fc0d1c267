# ==, != with ints and floats, hashing equal to int's and float's, dict keys and sets.
print(1j == 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 1, 2 ** 60 + 0j == 2 ** 60, 2 ** 60 + 1 + 0j == 2 ** 60 + 1)
print(0j == 0, -0j == 0.0, 1j == "1j", 1j in [1, 1j], 3 + 0j in {3: "three"})
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(2.5 - 3j), hash(-1 + 0j), hash(complex(-1, 0)))
print(hash(complex(1e300, -1e-300)), hash(complex(float("inf"), 1)), hash(complex(-float("inf"), float("inf"))))
d = {1: "int", 1.0: "float", 1 + 0j: "complex", 1j: "imag"}
print(d, len({0j, 0, 0.0, False, -0j}))
print(sorted([3 + 0j, 1 + 0j], key=abs), max([1j, 3 + 4j, -2], key=abs))

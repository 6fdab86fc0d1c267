# Imaginary literals and complex's repr/str, as CPython 3.11 prints them.
print(1j, 2.5J, 1e3j, 0j, -0j, -(0j), 1_000j, 0.5e-3j)
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, -0.0))
print(1e16j, 1e15j, 1e-5j, 123456789012345678j, 1.5e300j * 10)
nan, inf = float("nan"), float("inf")
print(complex(nan, inf), complex(inf, -inf), complex(0, nan), complex(-inf, 0), complex(-nan, -nan))
print(repr(1 + 2j), str(3 - 4j), [1j, (2 + 0j)], {"z": -1j}, (0.1 + 0.2j,))
z = 1 + 2j
print(z.real, z.imag, z.conjugate(), (5j).real, type(z.real).__name__)
print(type(1j), type(1j).__name__, isinstance(1j, complex), complex.__name__)
print((1 + 2j).__getnewargs__(), complex.__complex__(3j), 3j.__complex__())
print(f"{z}", f"{z!r}", "%s" % z, "{}".format(z))

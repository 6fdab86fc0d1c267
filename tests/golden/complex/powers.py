# Powers in polar form (_Py_c_pow: hypot, pow, atan2, exp, log, cos, sin): bit for bit as
# CPython with glibc's libm (the page's musl libm differs in the last bit: KNOWN_FAILURES).
z = 1 + 2j
w = -3.5 + 0.25j
print(z ** w, 2 ** z, 1.5 ** w, z ** 101, z ** -101, z ** 100.5, 1j ** 1j, (-1) ** (1 / 3))
for base in [0.5 + 0.5j, -2 + 0j, 3j, -1e-5 - 2j, 10 + 0j]:
    print([base ** e for e in (0.5, -0.5, 1j, -1j, 2.5 - 1j, 1 / 3)])
print(10 ** (0.5 + 0j), 2.5 ** (1 + 1j), (-3.7) ** 0.3, (-0.5) ** -2.5)

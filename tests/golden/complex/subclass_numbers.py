# Subclasses of complex (complex.__new__) and the numbers tower.
import numbers
class Z(complex):
    def double(self):
        return self * 2
    def __repr__(self):
        return "Z" + super().__repr__()
z = Z(1, 2)
print(z, type(z).__name__, z.double(), type(z.double()).__name__, z.real, z.imag, z.conjugate())
print(isinstance(z, complex), complex(z), type(complex(z)).__name__, z + 1, -z, abs(Z(3, 4)), z == 1 + 2j)
print(Z("3j"), hash(z) == hash(1 + 2j), bool(Z()))
class P(complex):
    def __new__(cls, r, theta):
        import math
        return super().__new__(cls, r * math.cos(theta), r * math.sin(theta))
p = P(2, 0)
print(p, type(p).__name__, complex.__new__(complex, 1, 1), complex.__new__(Z, 2))
z.tag = "x"
print(z.tag, vars(z))
for x in [1j, 1, 1.5, True, z, "1j"]:
    print(repr(x), isinstance(x, numbers.Number), isinstance(x, numbers.Complex), isinstance(x, numbers.Real), isinstance(x, numbers.Integral))
print(issubclass(complex, numbers.Complex), issubclass(float, numbers.Complex), issubclass(complex, numbers.Real))

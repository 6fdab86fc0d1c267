# complex where other modules and statements meet it: copy, match, typing, %-formatting, math.
import copy
import typing
z = 1 + 2j
print(copy.copy(z), copy.deepcopy([z, {"k": -1j}]), copy.copy(z) is z)
class Z(complex):
    pass
w = Z(3, 4)
w.note = "kept"
c = copy.deepcopy(w)
print(c, type(c).__name__, c.note, c == w)
for fmt in ["%f", "%d", "%x"]:
    try:
        print(fmt % 1j)
    except TypeError as e:
        print(e)
print("%s %r" % (z, z), "{0.real} {0.imag}".format(z))
for v in [1 + 2j, 3j, 2.5, "x"]:
    match v:
        case complex(real=0.0, imag=i):
            print("imaginary", i)
        case complex(real=r, imag=i):
            print("complex", r, i)
        case 1 + 2j:
            print("never")
        case _:
            print("other", v)
match 1 + 2j:
    case 1 + 2j:
        print("literal pattern")
print(isinstance(1j, (int, float)), complex.__mro__, float.__pow__(-8.0, 0.5), pow(-8.0, 0.5))
print(isinstance(1j, typing.SupportsComplex), isinstance(1.0, typing.SupportsComplex), isinstance(1.0, typing.SupportsAbs))
print(complex.__new__(complex), complex.__new__(Z, "1+1j"), type(complex.__new__(Z, "1+1j")).__name__)

from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXECUTE in rw, bool(rw), bool(Perm(0)))
print(list(rw), len(rw), list(Perm), Perm.ALL, repr(Perm.ALL))
print(repr(~Perm.READ), repr(Perm.READ & Perm.WRITE), repr(rw ^ Perm.READ), repr(Perm(0)), Perm(0))
print(Perm(3) is rw, Perm.ALL == (rw | Perm.EXECUTE), [p.name for p in Perm], Perm.READ.value)
try:
    Perm(16)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.READ | 1
except TypeError as e:
    print("TypeError:", e)


class Style(Flag):
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4


s = Style.BOLD
s |= Style.UNDERLINE
print(s, Style.ITALIC in s, [x.name for x in s])
if s & Style.BOLD:
    print("bold")


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.W
print(m, repr(m), m == 6, m + 1, repr(Mode(7)), repr(Mode(9)), Mode.R | 1, repr(Mode.R | 1))
print(int(Mode.W), Mode.X in m, repr(Mode(0)))

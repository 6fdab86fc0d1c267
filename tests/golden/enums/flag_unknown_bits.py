# Flag values with bits no member names (KEEP boundary), _numeric_repr_, and format() of
# IntFlag/IntEnum members whose str() is their own
import enum


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(8)), repr(Perm(12)), str(Perm(12)), Perm(8).name, Perm(12).name)
print(repr(~Perm.R), int(~Perm.R), repr(Perm(0)), Perm(0).name)
print(format(Perm.R), format(Perm.R, '03d'), f'{Perm.R | Perm.W}', f'{Perm(9)!r}')


class Color(enum.Flag, boundary=enum.KEEP):
    RED = 1
    GREEN = 2


print(repr(Color(8)), repr(Color(9)), Color(9).name, Color(8).name, str(Color(9)))


class Hexed(enum.IntFlag):
    A = 1
    B = 2
    _numeric_repr_ = hex
    __str__ = object.__str__


print(repr(Hexed(17)), str(Hexed(17)), str(Hexed.A), format(Hexed.A, ''), f'{Hexed.B:d}', f'{Hexed.B:>8}')


class Level(enum.IntEnum):
    LOW = 1

    def __str__(self):
        return 'low!'


print(format(Level.LOW), f'{Level.LOW}', f'{Level.LOW:d}', f'{Level.LOW:>5}', str(Level.LOW))


class Shout(str):
    __str__ = object.__str__

    def __repr__(self):
        return 'Shout(%s)' % str.__str__(self).upper()


class Named:
    __repr__ = object.__repr__
    __str__ = object.__str__

    def __init__(self):
        self.who = 'n'


print(str(Shout('hi')), Shout('hi').__str__(), str(Named()).startswith('<__main__.Named object at '))

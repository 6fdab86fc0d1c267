# a failing decorator is marked on its @ line (innermost first), a failing class creation on
# the class line, errors in a class body, a property, __init__ and a dunder method
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def broken(func):
    return func.missing


def plain(func):
    return func


def decorated():
    @plain
    @broken
    def g():
        pass


def class_decorated():
    @broken
    class K:
        pass


def class_body():
    class Config:
        size = 10
        half = size / 0


class Money:
    def __init__(self, cents):
        self.cents = cents + 0

    @property
    def euros(self):
        return self.cents / self.rate

    def __add__(self, other):
        return Money(self.cents + other.cents)


def property_error():
    return Money(5).euros


def init_error():
    return Money("5")


def dunder_error():
    return Money(1) + 2


for f in (decorated, class_decorated, class_body, property_error, init_error, dunder_error):
    show(f)


@plain
@broken
def last():
    pass

# A traceback holds the frames the exception left, and their locals: an object with __del__
# that was a local of a failing function lives until the exception goes (CPython's order).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fails(tag):
    local = Noisy(tag)
    raise ValueError(tag)


def returns(tag):
    local = Noisy(tag)
    return tag


print("call that returns")
returns("r")
print("after return")

try:
    fails("a")
except ValueError:
    print("handling a")
print("after handler a")

try:
    fails("b")
except ValueError as e:
    print("handling b", e.__traceback__.tb_next.tb_frame.f_locals["local"].name)
print("after handler b")

try:
    fails("c")
except ValueError as e:
    kept = e
print("kept c")
del kept
print("after del c")

try:
    fails("d")
except ValueError as e:
    tb = e.__traceback__
print("kept traceback of d")
tb = None
print("after tb of d")


def catches():
    try:
        fails("e")
    except ValueError as err:
        return err


err = catches()
print("returned e")
err.__traceback__ = None
print("cleared traceback of e")
print("end")

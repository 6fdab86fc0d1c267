# e.__traceback__: a chain of traceback objects, outermost first, with their frames.
import sys
import types


def inner(x):
    y = x * 2
    raise ValueError("bad " + str(y))


def middle():
    inner(3)


def show(tb):
    while tb is not None:
        f = tb.tb_frame
        back = f.f_back.f_code.co_name if f.f_back else None
        print(" ", tb.tb_lineno, f.f_code.co_name, f.f_lineno, back,
              isinstance(tb, types.TracebackType), isinstance(f, types.FrameType))
        tb = tb.tb_next


try:
    middle()
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__ is e.__traceback__)
    show(e.__traceback__)
    print("locals of inner:", e.__traceback__.tb_next.tb_next.tb_frame.f_locals)
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value is e, tb is e.__traceback__)
    first = e.__traceback__

# re-raised through more frames: the new frames go in front of the old chain
def again():
    try:
        middle()
    except ValueError as err:
        raise err


try:
    again()
except ValueError as e:
    print("re-raised")
    show(e.__traceback__)

# bare raise keeps the chain as it is
def bare():
    try:
        middle()
    except ValueError:
        raise


try:
    bare()
except ValueError as e:
    print("bare raise")
    show(e.__traceback__)

# raise ... from: each exception has its own traceback
try:
    try:
        middle()
    except ValueError as err:
        raise RuntimeError("wrapped") from err
except RuntimeError as e:
    print("from")
    show(e.__traceback__)
    show(e.__cause__.__traceback__)

# with_traceback and assignment
try:
    try:
        middle()
    except ValueError as err:
        saved = err.__traceback__
        raise KeyError("k").with_traceback(saved)
except KeyError as e:
    print("with_traceback")
    show(e.__traceback__)
    print(e.__traceback__.tb_next is saved)
    e.__traceback__ = None
    print(e.__traceback__)
    print(e.with_traceback(saved).__traceback__ is saved)
    try:
        e.__traceback__ = 5
    except TypeError as x:
        print("TypeError:", x)
    try:
        e.with_traceback("no")
    except TypeError as x:
        print("TypeError:", x)

try:
    raise ValueError("fresh").with_traceback(None)
except ValueError as e:
    show(e.__traceback__)

# an exception never raised has no traceback
print(ValueError("new").__traceback__)

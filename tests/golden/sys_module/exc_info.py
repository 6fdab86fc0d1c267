# sys.exception() and sys.exc_info(): the exception an except block handles, None outside
import sys
print(sys.exception(), sys.exc_info())
try:
    {}['missing']
except KeyError:
    e = sys.exception()
    t, v, tb = sys.exc_info()
    print(type(e).__name__, e, t, v is e)
    try:
        1 / 0
    except ZeroDivisionError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
def inner():
    return sys.exception()
try:
    raise ValueError('seen from a called function')
except ValueError:
    print(repr(inner()))
print(sys.exception())

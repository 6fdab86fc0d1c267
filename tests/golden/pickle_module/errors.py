# What cannot be pickled or unpickled, and the messages
import pickle
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(e))
        print(label, "->", type(e).__module__, type(e).__name__, msg)
    else:
        print(label, "=", r)


def outer():
    def inner():
        pass
    return inner


def gen():
    yield 1


show("lambda", lambda: pickle.dumps(lambda x: x))
show("lambda p0", lambda: pickle.dumps(lambda x: x, 0))
show("local", lambda: pickle.dumps(outer()))
show("local p2", lambda: pickle.dumps(outer(), 2))
show("generator", lambda: pickle.dumps(gen()))
show("module", lambda: pickle.dumps(re))
show("protocol 6", lambda: pickle.dumps(1, 6))
show("protocol -1", lambda: pickle.dumps(1, -1))
show("empty", lambda: pickle.loads(b""))
show("bad key", lambda: pickle.loads(b"zzz"))
show("truncated", lambda: pickle.loads(b"\x80\x04\x95"))
show("truncated 2", lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]))
show("bad proto", lambda: pickle.loads(b"\x80\x09N."))
show("str data", lambda: pickle.loads("abc"))
show("reduce str", lambda: pickle.loads(b"\x80\x02cbuiltins\nlen\nq\x00."))
show("p2 names", lambda: pickle.loads(b"c__builtin__\nunicode\np0\n."))
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1].__name__)
print(pickle.PicklingError.__module__, pickle.UnpicklingError.__module__)


class BadReduce:
    def __reduce__(self):
        return 42


class Short:
    def __reduce__(self):
        return (Short,)


show("bad reduce", lambda: pickle.dumps(BadReduce()))
show("short reduce", lambda: pickle.dumps(Short()))

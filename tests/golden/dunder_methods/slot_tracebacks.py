# Tracebacks through protocol slots written in Python (len, bool, `not`, `and`, in, str,
# format, iter, next, for, getattr and attribute fallbacks): the same frames and lines as
# CPython, and a result check failing in the caller's line.
import sys
import traceback


class Slots:
    def __init__(self, bad=False):
        self.bad = bad

    def __len__(self):
        if self.bad:
            return -5
        return helper("len")

    def __bool__(self):
        if self.bad:
            return 1
        return helper("bool")

    def __contains__(self, item):
        return helper("contains")

    def __str__(self):
        if self.bad:
            return 7
        return helper("str")

    def __format__(self, spec):
        if self.bad:
            return 8
        return helper("format")

    def __iter__(self):
        if self.bad:
            return 9
        return helper("iter")

    def __next__(self):
        return helper("next")

    def __getattr__(self, name):
        return helper("getattr")


def helper(what):
    raise ValueError(what)


def run(label, f):
    try:
        f()
    except Exception:
        print(f"--- {label}")
        print(traceback.format_exc().replace(__file__, "slot_tracebacks.py"), end="")


def use_len(x):
    return len(x)


def use_bool(x):
    return bool(x)


def use_not(x):
    return not x


def use_and(x):
    return x and 1


def use_in(x):
    return 3 in x


def use_not_in(x):
    return 3 not in x


def use_str(x):
    return str(x)


def use_format(x):
    return format(x, "")


def use_iter(x):
    return iter(x)


def use_for(x):
    for v in x:
        pass


def use_next(x):
    return next(x)


def use_getattr(x):
    return getattr(x, "nope")


def use_attr(x):
    return x.nope


def use_method(x):
    return x.nope()


for good in [Slots(), Slots(bad=True)]:
    for f in [use_len, use_bool, use_not, use_and, use_in, use_not_in, use_str, use_format,
              use_iter, use_for, use_next, use_getattr, use_attr, use_method]:
        run(f"{f.__name__} bad={good.bad}", lambda: f(good))


class Deep:
    def __len__(self):
        return len(Deep2())


class Deep2:
    def __bool__(self):
        return bool(Deep3())


class Deep3:
    def __contains__(self, x):
        return x in Deep4()


class Deep4:
    def __iter__(self):
        return iter(Deep5())


class Deep5:
    def __iter__(self):
        return self

    def __next__(self):
        raise RuntimeError("deep")


run("deep chain", lambda: len(Deep()))


def frames_seen():
    class Look:
        def __len__(self):
            f = sys._getframe()
            names = []
            while f is not None:
                names.append(f.f_code.co_name)
                f = f.f_back
            print(names)
            return 1

    return len(Look())


frames_seen()
uncaught = Slots()
print(len(uncaught))

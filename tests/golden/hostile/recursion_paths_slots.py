# Recursion through protocol slots written in Python raises RecursionError at CPython 3.11's
# depth, in wasm too: len, bool, truth tests, `not`, `in`, str, format, iter, next, for,
# getattr and attribute fallbacks run the slot in the VM's own loop (runtime/lang/vm_hooks.h),
# so a level costs no machine stack. A builtin called from a code object's first calls counts
# a level (CPython 3.11 runs them unspecialized); str() counts its text level too.
depth = 0


def tick():
    global depth
    depth += 1


class StrCall:
    def __str__(self):
        tick()
        return str(self)


class Len:
    def __len__(self):
        tick()
        return len(self)


class Bool:
    def __bool__(self):
        tick()
        return bool(self)


class If:
    def __bool__(self):
        tick()
        if self:
            return True
        return False


class Not:
    def __bool__(self):
        tick()
        return not self


class And:
    def __len__(self):
        tick()
        return 1 if (self and 1) else 0


class GetAttr:
    def __getattr__(self, name):
        tick()
        return getattr(self, name)


class Attr:
    def __getattr__(self, name):
        tick()
        return self.y


class Method:
    def __getattr__(self, name):
        tick()
        return self.m()


class Iter:
    def __iter__(self):
        tick()
        return iter(self)


class ForIter:
    def __iter__(self):
        tick()
        for x in self:
            pass
        return iter([])


class ForNext:
    def __iter__(self):
        return self

    def __next__(self):
        tick()
        for x in self:
            pass
        raise StopIteration


class Next:
    def __next__(self):
        tick()
        return next(self)


class Contains:
    def __contains__(self, x):
        tick()
        return x in self


class NotIn:
    def __contains__(self, x):
        tick()
        return x not in self


class Format:
    def __format__(self, spec):
        tick()
        return format(self, spec)


cases = [
    ("len()", lambda: len(Len())),
    ("bool()", lambda: bool(Bool())),
    ("if", lambda: bool(If())),
    ("not", lambda: not Not()),
    ("and", lambda: len(And())),
    ("getattr()", lambda: GetAttr().x),
    ("attribute", lambda: Attr().x),
    ("method", lambda: Method().x),
    ("iter()", lambda: iter(Iter())),
    ("for", lambda: [x for x in ForIter()]),
    ("for __next__", lambda: [x for x in ForNext()]),
    ("next()", lambda: next(Next())),
    ("in", lambda: 1 in Contains()),
    ("not in", lambda: 1 not in NotIn()),
    ("format()", lambda: format(Format(), "")),
    ("str()", lambda: str(StrCall())),
]
for round in range(2):  # the second round runs warm code
    for name, case in cases:
        depth = 0
        try:
            case()
        except RecursionError as e:
            print(f"{round} {name}: {depth} ({e})")

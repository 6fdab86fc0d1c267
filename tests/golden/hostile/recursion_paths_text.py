# Recursion through repr/str/format paths raises RecursionError at CPython 3.11's depth: besides
# the Python frames, CPython counts a level in repr(), str(), object.__format__, str.format and
# in a builtin called from a function's first (unspecialized) calls, natively and in wasm
# (issue 16, item 3).
depth = 0


def tick():
    global depth
    depth += 1


class Repr:
    def __repr__(self):
        tick()
        return repr(self)


class Percent:
    def __repr__(self):
        tick()
        return "%r" % (self,)


class Printed:
    def __repr__(self):
        tick()
        print(self)
        return ""


class FString:
    def __str__(self):
        tick()
        return f"{self}"


class StrFormat:
    def __str__(self):
        tick()
        return "{}".format(self)


cases = [
    ("repr()", lambda: repr(Repr())),
    ("%r", lambda: "%r" % (Percent(),)),
    ("print", lambda: print(Printed())),
    ("f-string", lambda: f"{FString()}"),
    ("str.format", lambda: str(StrFormat())),
]
for name, case in cases:
    depth = 0
    try:
        case()
    except RecursionError as e:
        print(f"{name}: {depth} ({e})")

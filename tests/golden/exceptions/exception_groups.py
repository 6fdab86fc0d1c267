# ExceptionGroup objects: message, exceptions, nesting, subgroup, split.
eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), ValueError("w")])])
print(eg)
print(repr(eg))
print(eg.message, len(eg.exceptions), type(eg.exceptions[1]).__name__)
sub = eg.subgroup(lambda e: isinstance(e, ValueError))
print(repr(sub))
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(str(ExceptionGroup("one", [KeyError(1)])))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ExceptionGroup("wrapped", [RuntimeError("r")])
except ExceptionGroup as e:
    print("caught whole group:", e.exceptions)

# args, str() and repr() of exceptions with 0, 1 and many arguments.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(42),
            KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3), Exception(None), RuntimeError("")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
e = TypeError("msg")
print(e.args[0], len(e.args))

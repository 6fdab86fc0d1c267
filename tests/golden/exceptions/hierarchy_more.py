# The intermediate classes of the hierarchy (LookupError, ArithmeticError, ...).
checks = [
    (ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (GeneratorExit, Exception), (TimeoutError, OSError), (BaseExceptionGroup, BaseException),
    (ExceptionGroup, BaseExceptionGroup),
]
for sub, base in checks:
    print(sub.__name__, "is a", base.__name__, ":", issubclass(sub, base))
for exc in [KeyError("k"), IndexError(1)]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError handler got", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError handler got", type(e).__name__, e)

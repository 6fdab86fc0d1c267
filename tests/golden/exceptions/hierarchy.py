# The built-in exception hierarchy, as isinstance() sees it.
import asyncio
checks = [
    (ZeroDivisionError(), Exception), (KeyError(), Exception), (IndexError(), Exception),
    (RecursionError(), RuntimeError), (StopIteration(), Exception), (StopAsyncIteration(), Exception),
    (ValueError(), BaseException), (asyncio.TimeoutError(), TimeoutError), (MemoryError(), Exception),
    (asyncio.CancelledError(), Exception), (asyncio.CancelledError(), BaseException),
    (asyncio.InvalidStateError(), Exception), (asyncio.QueueEmpty(), Exception),
    (asyncio.QueueFull(), Exception), (ExceptionGroup("g", [ValueError()]), Exception),
    (AssertionError(), Exception), (AttributeError(), Exception), (ValueError(), TypeError),
    (NameError(), Exception), (TimeoutError(), Exception), (RuntimeError(), Exception),
]
for exc, base in checks:
    print(type(exc).__name__, "is a", base.__name__, ":", isinstance(exc, base))
print(asyncio.TimeoutError is TimeoutError)
try:
    raise asyncio.CancelledError()
except Exception:
    print("caught as Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)

# The built-in exception hierarchy.
import asyncio
checks = [
    (ZeroDivisionError, ArithmeticError), (ZeroDivisionError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (GeneratorExit, Exception),
    (TimeoutError, OSError), (asyncio.TimeoutError, TimeoutError), (MemoryError, Exception),
    (asyncio.CancelledError, Exception), (asyncio.CancelledError, BaseException),
    (asyncio.InvalidStateError, Exception), (asyncio.QueueEmpty, Exception),
    (asyncio.QueueFull, Exception), (ExceptionGroup, Exception), (BaseExceptionGroup, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (ValueError, TypeError),
]
for sub, base in checks:
    print(sub.__name__, "is a", base.__name__, ":", issubclass(sub, base))
print(asyncio.TimeoutError is TimeoutError)
try:
    raise asyncio.CancelledError()
except Exception:
    print("caught as Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)

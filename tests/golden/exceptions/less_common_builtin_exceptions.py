# Raising and catching the remaining exceptions lessons mention.
import asyncio
for cls in [RuntimeError, TimeoutError, MemoryError, StopAsyncIteration, NotImplementedError,
            asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.QueueFull, RecursionError]:
    try:
        raise cls("demo")
    except Exception as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, cls))
try:
    raise asyncio.CancelledError("cancel msg")
except BaseException as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, Exception))
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException |", e)

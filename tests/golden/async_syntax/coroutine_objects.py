# Calling an async function creates a coroutine object; nothing runs yet.
import asyncio

async def work():
    print("work is running")
    return 42

coro = work()
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(work))
print(asyncio.iscoroutinefunction(print), asyncio.iscoroutine(work))
try:
    coro.send(None)
except StopIteration as e:
    print("finished with", e.value)
unused = work()
unused.close()
print("closed without running")

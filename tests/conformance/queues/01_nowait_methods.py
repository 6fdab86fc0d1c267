import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on empty: QueueEmpty")
    q.put_nowait("a")
    q.put_nowait("b")
    print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("put_nowait on full: QueueFull")
    print(q.get_nowait(), q.get_nowait())
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded maxsize:", unbounded.maxsize, "full:", unbounded.full(), "qsize:", unbounded.qsize())
    print("exceptions are Exceptions:", issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())

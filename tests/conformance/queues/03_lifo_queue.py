import asyncio


async def main():
    q = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        q.put_nowait(word)
    print(q.get_nowait())
    q.put_nowait("fourth")
    while not q.empty():
        print(await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty LifoQueue raises QueueEmpty")


asyncio.run(main())

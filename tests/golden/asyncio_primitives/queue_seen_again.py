# Queue.put / get / task_done on the same queue over and over (the runtime remembers the last
# plain queue it saw): two queues in turn, an attribute stored on one, its class changed to a
# subclass and back, queues made anew in a loop (old ones collected), a join() at the end.
import asyncio
import gc


class LoudQueue(asyncio.Queue):
    def put_nowait(self, item):
        print("  LoudQueue.put_nowait", item)
        super().put_nowait(item)

    def get_nowait(self):
        item = super().get_nowait()
        print("  LoudQueue.get_nowait", item)
        return item

    def task_done(self):
        print("  LoudQueue.task_done")
        super().task_done()


async def main():
    a, b = asyncio.Queue(), asyncio.Queue(maxsize=1)
    for i in range(3):
        await a.put(i)
        await b.put(-i)
        print(await a.get(), await b.get())
        a.task_done()
        b.task_done()
    a.note = "stored"
    await a.put(10)
    print(await a.get(), a.note)
    a.task_done()
    a.__class__ = LoudQueue
    await a.put(11)
    print(await a.get())
    a.task_done()
    a.__class__ = asyncio.Queue
    await a.put(12)
    print(a.qsize(), await a.get())
    a.task_done()
    try:
        a.task_done()
    except ValueError as e:
        print("ValueError:", e)
    for i in range(40):
        q = asyncio.Queue() if i % 2 else asyncio.LifoQueue()
        await q.put(i)
        await q.put(i + 100)
        got = [await q.get(), await q.get()]
        q.task_done()
        q.task_done()
        await q.join()
        if i % 10 == 9:
            gc.collect()
            print(i, got, q.qsize(), type(q).__name__)
    await a.put(13)
    a.__class__ = LoudQueue
    a.task_done()
    await a.join()
    print("joined", a.qsize())


asyncio.run(main())

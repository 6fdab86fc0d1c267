# Queue put/get/task_done on the plain queues and on subclasses that override what put and get
# call (put_nowait, get_nowait, task_done), join, and task_done called too often.
import asyncio


class LoudQueue(asyncio.Queue):
    def put_nowait(self, item):
        print("put_nowait", item)
        super().put_nowait(item * 10)

    def get_nowait(self):
        item = super().get_nowait()
        print("get_nowait", item)
        return item + 1

    def task_done(self):
        print("task_done")
        super().task_done()


class Stack(asyncio.LifoQueue):
    def empty(self):
        print("empty?", self.qsize())
        return super().empty()


async def consumer(q, out):
    while True:
        item = await q.get()
        out.append(item)
        q.task_done()


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, LoudQueue, Stack):
        q = cls(maxsize=2)
        out = []
        c = asyncio.create_task(consumer(q, out))
        for i in (3, 1, 2, 5, 4):
            await q.put(i)
        await q.join()
        c.cancel()
        await asyncio.gather(c, return_exceptions=True)
        print(cls.__name__, out, q.qsize(), q.empty())
    q = asyncio.Queue()
    q.put_nowait(1)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.task_done = lambda: print("instance task_done")
    q.task_done()
    print(await q.get(), q.empty())


asyncio.run(main())

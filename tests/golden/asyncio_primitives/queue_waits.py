# Tasks waiting in Queue.get / Queue.put: FIFO order, cancelled waiters skipped, a waiter woken
# and then cancelled handing its turn on, wait_for timeouts, closing a waiting coroutine, the
# three orders with waiters, a queue used by a second loop, debug mode, a method shadowed by
# the instance, and a subclass overriding full().
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def putter(q, name, item, log):
    try:
        await q.put(item)
        log.append(f"{name} put {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def getters_in_line(cls):
    q, log = cls(), []
    ts = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    q.put_nowait(5)
    # g0 was woken by the put; cancel it before it runs: its item goes to the next getter
    ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(cls.__name__, "handed on:", log)
    for item in (3, 4):
        q.put_nowait(item)
    await asyncio.gather(*ts, return_exceptions=True)
    print(cls.__name__, "getters:", log, "left:", q.qsize())


async def putters_in_line(cls):
    q, log = cls(maxsize=1), []
    q.put_nowait(0)
    ts = [asyncio.create_task(putter(q, f"p{i}", 10 + i, log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    ts[0].cancel()  # woken by the get, cancelled before it ran: p1 puts instead
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(cls.__name__, "handed on:", log, q.qsize())
    items = []
    while not all(t.done() for t in ts) or not q.empty():
        items.append(await q.get())
    await asyncio.gather(*ts, return_exceptions=True)
    print(cls.__name__, "putters:", log, "items:", items)


async def timeouts():
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except asyncio.TimeoutError:
        print("get timed out", q.qsize())
    await q.put("a")
    try:
        await asyncio.wait_for(q.put("b"), 0.5)
    except asyncio.TimeoutError:
        print("put timed out", q.qsize())
    print("then", await q.get(), q.empty())


async def closed_while_waiting():
    q = asyncio.Queue()
    coro = q.get()
    fut = coro.send(None)
    print("waits on a future:", isinstance(fut, asyncio.Future), fut.done())
    coro.close()
    print("closed:", fut.cancelled())
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("x")
    print("next get", await t)
    q = asyncio.Queue(1)
    q.put_nowait(1)
    coro = q.put(2)
    fut = coro.send(None)
    coro.close()
    print("closed put:", fut.cancelled(), q.qsize())


async def join_waiters():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)

    async def worker(n):
        while True:
            item = await q.get()
            await asyncio.sleep(0.1 * item)
            print("worker", n, "done with", item)
            q.task_done()

    ws = [asyncio.create_task(worker(n)) for n in range(2)]
    await q.join()
    print("joined", q.qsize())
    for w in ws:
        w.cancel()
    print(await asyncio.gather(*ws, return_exceptions=True))


class Always(asyncio.Queue):
    def full(self):
        return self.qsize() >= 2


async def shadowed():
    q = asyncio.Queue()
    calls = []
    q.empty = lambda: calls.append("empty") or q.qsize() == 0
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(7)
    print("shadowed empty:", await t, calls)
    a = Always(maxsize=5)
    for i in range(2):
        await a.put(i)
    pt = asyncio.create_task(a.put(2))
    await asyncio.sleep(0)
    print("subclass full waits:", pt.done(), a.qsize())
    a.get_nowait()
    await pt
    print("then", a.qsize())


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        await getters_in_line(cls)
        await putters_in_line(cls)
    await timeouts()
    await closed_while_waiting()
    await join_waiters()
    await shadowed()
    return asyncio.Queue(maxsize=1)


q = asyncio.run(main())


async def other_loop(q):
    q.put_nowait(1)
    try:
        await q.put(2)
    except RuntimeError as e:
        print("RuntimeError", "bound to a different event loop" in str(e))
    print(q.get_nowait())
    try:
        await q.get()
    except RuntimeError as e:
        print("RuntimeError", "bound to a different event loop" in str(e))


async def use_first(q):
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("first loop")
    print(await t)


q = asyncio.Queue(maxsize=1)
asyncio.run(use_first(q))
asyncio.run(other_loop(q))


async def debug_main():
    q = asyncio.Queue(maxsize=1)
    got = []

    async def consume():
        for _ in range(3):
            got.append(await q.get())

    c = asyncio.create_task(consume())
    for i in range(3):
        await q.put(i)
    await c
    print("debug mode", got, asyncio.get_running_loop().get_debug())


asyncio.run(debug_main(), debug=True)

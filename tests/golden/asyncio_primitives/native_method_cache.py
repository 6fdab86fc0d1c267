# Natives set on asyncio's Python classes (Queue.task_done, Event.set/clear/is_set) called
# through a warm call site, then shadowed by an instance or replaced on the class; `await` on
# a Future (pending, done, failed) and on a task of sleep(0); keyword arguments through them.
import asyncio


def use(q):
    q.put_nowait(1)
    q.get_nowait()
    return q.task_done()


q = asyncio.Queue()
for _ in range(3):
    print("warm", use(q))
q.task_done = lambda: "shadowed by the instance"
print(use(q))
q2 = asyncio.Queue()
print("other instance", use(q2))
saved = asyncio.Queue.task_done
asyncio.Queue.task_done = lambda self: "replaced on the class"
print(use(q2))
print(use(q))
asyncio.Queue.task_done = saved
print("restored", use(q2))
try:
    use(q2)
    q2.task_done()
except ValueError as e:
    print("ValueError", e)


def toggle(ev):
    ev.set()
    a = ev.is_set()
    ev.clear()
    return a, ev.is_set()


ev = asyncio.Event()
for _ in range(3):
    print("event", toggle(ev))
ev.set = lambda: print("instance set")
print(toggle(ev))
bound = asyncio.Event().set
print(callable(bound))


class LoudEvent(asyncio.Event):
    def set(self):
        print("LoudEvent.set")
        super().set()


print(toggle(LoudEvent()))


async def main():
    loop = asyncio.get_running_loop()
    for cls in (asyncio.Future, asyncio.Future):
        fut = cls()
        loop.call_soon(fut.set_result, cls.__name__)
        print("awaited", await fut)
    done = loop.create_future()
    done.set_result(5)
    print("done already", await done, await done)
    t = asyncio.ensure_future(asyncio.sleep(0, "slept"))
    print(await t, await t)
    lock = asyncio.Lock()
    await lock.acquire()
    print("__aexit__ by keyword:", await lock.__aexit__(exc_type=None, exc=None, tb=None),
          lock.locked())
    try:
        asyncio.Queue().task_done(extra=1)
    except TypeError as e:
        print("TypeError", e)
    failed = loop.create_future()
    failed.set_exception(KeyError("k"))
    try:
        await failed
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())

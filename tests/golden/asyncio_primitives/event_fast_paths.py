# Event.set / clear / is_set and waiters: woken in order, cancelled waiters, a subclass, set twice.
import asyncio
import re


def show(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


async def waiter(name, ev, log):
    log.append(f"{name} waits")
    r = await ev.wait()
    log.append(f"{name} woke {r} {ev.is_set()}")


class LoudEvent(asyncio.Event):
    def set(self):
        print("LoudEvent.set")
        super().set()

    def is_set(self):
        print("LoudEvent.is_set")
        return super().is_set()


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), ev.set(), ev.is_set(), ev.set(), ev.clear(), ev.is_set())
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(show(ev))
    tasks[1].cancel()
    ev.set()
    ev.clear()  # every waiter still wakes, and finds it cleared
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], show(ev))
    print(await ev.wait() if ev.set() is None else None)
    loud = LoudEvent()
    t = asyncio.create_task(waiter("l", loud, log))
    await asyncio.sleep(0)
    loud.set()
    await t
    print(loud.is_set(), log[-1])
    ev = asyncio.Event()
    ev.is_set = lambda: "patched"
    print(ev.is_set(), asyncio.Event.is_set(ev))

    # wait() as a coroutine: a task of its own, a timeout, a cancelled wait leaves no waiter
    ev = asyncio.Event()
    w = ev.wait()
    print(type(w).__name__, w.__qualname__, asyncio.iscoroutine(w))
    t = asyncio.create_task(w)
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("timeout", show(ev))
    ev.set()
    print(await t, show(ev))
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    print(type((await asyncio.gather(t, return_exceptions=True))[0]).__name__, show(ev))
    return ev


ev = asyncio.run(main())


async def other_loop():
    try:
        await ev.wait()
    except RuntimeError as e:
        print("other loop:", "bound to a different event loop" in str(e))


asyncio.run(other_loop())

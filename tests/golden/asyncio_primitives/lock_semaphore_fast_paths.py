# `async with` on Lock / Semaphore / BoundedSemaphore: free and taken, FIFO hand-off, cancelled
# waiters skipped, errors in the body and in __aexit__, subclasses and patched methods.
import asyncio
import re


def show(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


async def holder(name, lock, log, hold=0):
    async with lock:
        log.append(f"{name} in ({lock.locked()})")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f"{name} out")


async def lock_cases():
    lock = asyncio.Lock()
    log = []
    async with lock:
        print("inside:", lock.locked(), show(lock))
    print("after:", lock.locked(), show(lock))
    # contended: FIFO order, one at a time
    await asyncio.gather(*(holder(n, lock, log, 2) for n in "abcd"))
    print(log)
    # a waiter cancelled before the release does not get the lock
    log.clear()
    await lock.acquire()
    tasks = [asyncio.create_task(holder(n, lock, log)) for n in "xyz"]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    print("waiters:", show(lock))
    lock.release()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], lock.locked())
    # a woken waiter cancelled before it runs passes the lock on
    log.clear()
    await lock.acquire()
    tasks = [asyncio.create_task(holder(n, lock, log)) for n in "pq"]
    await asyncio.sleep(0)
    lock.release()
    tasks[0].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], lock.locked())
    # an error in the body releases the lock and propagates
    try:
        async with lock:
            raise KeyError("body")
    except KeyError as e:
        print("body error:", repr(e), lock.locked())
    # releasing inside the body: __aexit__ raises
    try:
        async with lock:
            lock.release()
    except RuntimeError as e:
        print("aexit error:", e, lock.locked())
    # a newcomer queues behind a woken waiter
    log.clear()
    await lock.acquire()
    t = asyncio.create_task(holder("w", lock, log))
    await asyncio.sleep(0)
    lock.release()
    await holder("n", lock, log)
    await t
    print(log)


class LoudLock(asyncio.Lock):
    async def acquire(self):
        print("LoudLock.acquire")
        return await super().acquire()

    def release(self):
        print("LoudLock.release")
        super().release()


async def patched_cases():
    async with LoudLock() as v:
        print("LoudLock body", v)
    lock = asyncio.Lock()

    async def my_acquire():
        print("instance acquire")
        return await asyncio.Lock.acquire(lock)

    lock.acquire = my_acquire
    async with lock:
        print("instance-patched body", lock.locked())
    print(lock.locked())
    original = asyncio.Lock.release

    def release(self):
        print("class-patched release")
        original(self)

    asyncio.Lock.release = release
    try:
        async with asyncio.Lock():
            pass
    finally:
        asyncio.Lock.release = original
    async with asyncio.Lock() as v:
        print("restored", v)


async def limited(name, sem, log):
    async with sem:
        log.append(f"{name}+{sem._value}")
        await asyncio.sleep(0)
        log.append(f"{name}-")


async def semaphore_cases():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(n, sem, log) for n in "abcde"))
    print(log, show(sem))
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print("bounded inside", bs.locked(), show(bs))
    try:
        bs.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        async with bs:
            bs.release()
    except ValueError as e:
        print("bounded aexit:", e, bs._value)
    zero = asyncio.Semaphore(0)
    log.clear()
    t = asyncio.create_task(limited("z", zero, log))
    await asyncio.sleep(0)
    print("zero:", show(zero))
    zero.release()
    await t
    print(log, show(zero))
    # cancelled waiters do not count: a free unit goes to the next one
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    log.clear()
    tasks = [asyncio.create_task(limited(n, sem, log)) for n in "uvw"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    sem.release()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], show(sem))


asyncio.run(lock_cases())
asyncio.run(patched_cases())
asyncio.run(semaphore_cases())


async def more_waits():
    # a Semaphore waiter handed a unit but cancelled before it runs gives the unit back
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    tasks = [asyncio.create_task(limited(n, sem, log)) for n in "rst"]
    await asyncio.sleep(0)
    sem.release()
    print("handed:", show(sem))
    tasks[0].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], show(sem))
    # a release of several units wakes as many waiters
    sem = asyncio.Semaphore(0)
    log.clear()
    tasks = [asyncio.create_task(limited(n, sem, log)) for n in "ijk"]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print("two released:", show(sem))
    await asyncio.sleep(0)
    sem.release()
    await asyncio.gather(*tasks)
    print(log, show(sem))
    # a task cancelled after the lock was handed to it, while the holder still runs
    lock = asyncio.Lock()
    await lock.acquire()
    log.clear()
    a = asyncio.create_task(holder("a", lock, log))
    b = asyncio.create_task(holder("b", lock, log))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    b.cancel()
    print([type(r).__name__ for r in await asyncio.gather(a, b, return_exceptions=True)],
          log, show(lock))
    return lock


lock = asyncio.run(more_waits())


async def other_loop():
    await lock.acquire()
    t = asyncio.create_task(holder("o", lock, []))
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__ if t.done() else None)
    lock.release()


try:
    asyncio.run(other_loop())
except RuntimeError as e:
    print("other loop:", type(e).__name__, "bound to a different event loop" in str(e))

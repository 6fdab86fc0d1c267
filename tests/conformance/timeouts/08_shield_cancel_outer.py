import asyncio


async def critical():
    await asyncio.sleep(2)
    print("critical work done")
    return 99


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled, critical work continues")
        raise


async def main():
    inner = asyncio.create_task(critical())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("waiter cancelled:", w.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print("shield of a done future:", await asyncio.shield(done))


asyncio.run(main())

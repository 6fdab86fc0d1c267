import asyncio


async def ok():
    await asyncio.sleep(1)
    return "fine"


async def bad():
    await asyncio.sleep(1)
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(ok())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(f"result() while pending: InvalidStateError: {e}")
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(f"exception() while pending: InvalidStateError: {e}")
    print("done() while pending:", t.done())
    await t
    print("result():", t.result(), "exception():", t.exception())
    b = asyncio.create_task(bad())
    await asyncio.wait([b])
    print("exception():", repr(b.exception()))
    try:
        b.result()
    except KeyError as e:
        print(f"result() re-raises KeyError {e}")
    c = asyncio.create_task(ok())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print("cancelled():", c.cancelled(), "done():", c.done())
    for method in (c.result, c.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() of a cancelled task raises CancelledError")


asyncio.run(main())

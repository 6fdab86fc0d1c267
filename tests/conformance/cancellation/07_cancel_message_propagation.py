import asyncio


async def deep():
    await asyncio.sleep(10)


async def middle():
    await deep()


async def outer_task():
    try:
        await middle()
    except asyncio.CancelledError as e:
        print(f"outer_task sees message {e.args}")
        raise


async def main():
    t = asyncio.create_task(outer_task())
    await asyncio.sleep(1)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"awaiter sees message {e.args}")
    inner = asyncio.create_task(deep())
    wrapper = asyncio.create_task(asyncio.wait_for(inner, timeout=5))
    await asyncio.sleep(1)
    inner.cancel("inner reason")
    try:
        await wrapper
    except asyncio.CancelledError as e:
        print(f"through wait_for: {e.args}")


asyncio.run(main())

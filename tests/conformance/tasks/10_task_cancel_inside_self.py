import asyncio


async def self_cancel():
    me = asyncio.current_task()
    me.cancel("from inside")
    print("cancel requested on myself; still running until the next await")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"CancelledError at the await: {e.args}")
        raise


async def main():
    t = asyncio.create_task(self_cancel())
    res = await asyncio.gather(t, return_exceptions=True)
    print("gather gave:", [type(r).__name__ for r in res])


asyncio.run(main())

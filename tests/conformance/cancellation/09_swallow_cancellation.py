import asyncio


async def ignores_cancel():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancellation swallowed")
    await asyncio.sleep(1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(ignores_cancel())
    await asyncio.sleep(1)
    print("cancel():", t.cancel())
    result = await t
    print(f"result={result!r} cancelled()={t.cancelled()} at {asyncio.get_running_loop().time()}")


asyncio.run(main())

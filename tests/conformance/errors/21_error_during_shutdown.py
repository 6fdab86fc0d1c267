import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled by asyncio.run; its handler fails")
        raise RuntimeError("cleanup failed")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns with background still pending")


asyncio.run(main())
print("asyncio.run returned normally")

import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print("inner swallowed the cancellation and returns a value")
        return "partial result"


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=1)
        print(f"wait_for returned {result!r} at {asyncio.get_running_loop().time()}")
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())

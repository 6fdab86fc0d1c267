import asyncio


async def slow_to_die():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleanup takes 2 more seconds")
        await asyncio.sleep(2)
        print("cleanup done")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow_to_die(), timeout=1)
    except TimeoutError:
        print(f"TimeoutError only after cleanup, at {loop.time()}")


asyncio.run(main())

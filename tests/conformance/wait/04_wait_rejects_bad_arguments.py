import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(f"ValueError: {e}")
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print(f"ValueError: {e}")
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(f"TypeError: {e}")
    c.close()
    done, pending = await asyncio.wait([t], timeout=0)
    print("timeout=0:", len(done), len(pending))
    await t
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())

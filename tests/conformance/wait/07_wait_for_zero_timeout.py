import asyncio


async def work():
    print("work started")
    await asyncio.sleep(1)
    return "work"


async def main():
    try:
        await asyncio.wait_for(work(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 raised TimeoutError")
    try:
        await asyncio.wait_for(work(), timeout=-1)
    except asyncio.TimeoutError:
        print("negative timeout raised TimeoutError")
    print(await asyncio.wait_for(work(), timeout=2))


asyncio.run(main())

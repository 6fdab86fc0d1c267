import asyncio


async def instant_fail():
    print("instant_fail runs")
    raise ValueError("immediately")


async def slow():
    print("slow starts")
    await asyncio.sleep(1)
    print("slow finished anyway")


async def main():
    try:
        await asyncio.gather(instant_fail(), slow())
    except ValueError as e:
        print(f"caught {e}")
    await asyncio.sleep(2)
    print("main end")


asyncio.run(main())

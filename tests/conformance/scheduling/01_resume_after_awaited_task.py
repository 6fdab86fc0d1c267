# How many loop iterations pass before an awaiting task resumes? A ticker counts iterations.
import asyncio

tick = 0


async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1


async def instant():
    print(f"  child runs at tick {tick}")
    return "child"


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print(f"main at tick {tick}: create_task + await")
    value = await asyncio.create_task(instant())
    print(f"main resumed at tick {tick} with {value}")
    print(f"main at tick {tick}: await coroutine directly")
    value = await instant()
    print(f"main resumed at tick {tick} with {value}")
    print(f"main at tick {tick}: gather of two")
    await asyncio.gather(instant(), instant())
    print(f"main resumed at tick {tick}")
    print(f"main at tick {tick}: wait_for")
    await asyncio.wait_for(instant(), timeout=5)
    print(f"main resumed at tick {tick}")
    print(f"main at tick {tick}: shield")
    await asyncio.shield(instant())
    print(f"main resumed at tick {tick}")
    t.cancel()


asyncio.run(main())

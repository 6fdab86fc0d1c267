import asyncio

state = {"count": 0}


async def incrementer(cond):
    for _ in range(5):
        await asyncio.sleep(1)
        async with cond:
            state["count"] += 1
            print("count =", state["count"])
            cond.notify_all()


async def wait_until(cond, target):
    async with cond:
        result = await cond.wait_for(lambda: state["count"] >= target)
        print(f"waiter for {target} released at count {state['count']}, result {result}")


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(incrementer(cond), wait_until(cond, 2), wait_until(cond, 4), wait_until(cond, 0))


asyncio.run(main())

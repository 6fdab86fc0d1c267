import asyncio


def explode(n):
    print(f"explode({n}) runs")
    return 1 / n


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode, 0)
    loop.call_soon(explode, 2)
    loop.call_later(1, explode, 0)
    await asyncio.sleep(2)
    print("the loop kept running")


asyncio.run(main())

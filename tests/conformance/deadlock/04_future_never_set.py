import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.sleep(2)
    print("awaiting a future nobody completes", end="")
    await fut


asyncio.run(main())
print("not reached")

import asyncio


async def reader(cond, name):
    async with cond:
        await cond.wait()
        print(f"{name} woke holding the lock: {cond.locked()}")
        await asyncio.sleep(0.5)
        print(f"{name} done")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(reader(cond, f"r{i}")) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
        print("notify_all called")
    await asyncio.gather(*tasks)
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())

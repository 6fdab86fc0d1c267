import asyncio


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} woke")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time()}")


async def main():
    tasks = [asyncio.create_task(sleeper(f"s{i}", i)) for i in range(1, 5)]
    await asyncio.sleep(2.5)
    for t in reversed(tasks):
        t.cancel()
    print("cancel requested in reverse order")
    await asyncio.gather(*tasks)
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())

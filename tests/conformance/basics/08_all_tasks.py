import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    tasks = [asyncio.create_task(sleeper(i), name=f"sleeper-{i}") for i in range(1, 4)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(f"{len(names)} tasks: {names}")
    await asyncio.sleep(1.5)
    print("after 1.5s:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("at the end:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("done flags:", [t.done() for t in tasks])


asyncio.run(main())

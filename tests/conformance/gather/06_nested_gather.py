import asyncio


async def leaf(label, delay):
    await asyncio.sleep(delay)
    print(f"leaf {label} at {delay}")
    return label


async def branch(prefix, delays):
    results = await asyncio.gather(*(leaf(f"{prefix}{i}", d) for i, d in enumerate(delays)))
    print(f"branch {prefix} done: {results}")
    return results


async def main():
    tree = await asyncio.gather(branch("L", [0.3, 0.1]), branch("R", [0.2, 0.4]))
    print(tree)


asyncio.run(main())

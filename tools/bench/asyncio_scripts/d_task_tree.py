# Benchmark (d): a task tree of depth 6 and fan-out 6 (55,987 tasks, 46,656 leaves);
# every node creates its children as tasks and gathers them, level by level.
import asyncio

DEPTH = 6
FANOUT = 6


async def node(depth):
    if depth == DEPTH:
        await asyncio.sleep(0)
        return 1
    children = [asyncio.create_task(node(depth + 1)) for _ in range(FANOUT)]
    counts = await asyncio.gather(*children)
    return sum(counts)


async def main():
    leaves = await node(0)
    print(f"leaves: {leaves}")
    print(f"clock: {asyncio.get_running_loop().time()}")


asyncio.run(main())

# gather of small coroutines, repeated; nested gathers; gather with return_exceptions.
import asyncio

N = 2000  # rounds


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def fail(x):
    await asyncio.sleep(0)
    raise ValueError(x)


async def main():
    total = 0
    errors = 0
    for r in range(N):
        values = await asyncio.gather(*(square(r + i) for i in range(10)))
        total += sum(values)
        inner = await asyncio.gather(asyncio.gather(square(1), square(2)), square(3))
        total += inner[1] + sum(inner[0])
        mixed = await asyncio.gather(square(r), fail(r), return_exceptions=True)
        errors += isinstance(mixed[1], ValueError)
    print("gather", total, errors)


asyncio.run(main())

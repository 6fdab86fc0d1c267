# Each asyncio task gets its own decimal context (contextvars), as in CPython.
import asyncio
from decimal import Decimal, getcontext, localcontext

async def worker(name, prec, delay):
    getcontext().prec = prec
    await asyncio.sleep(delay)
    value = Decimal(1) / Decimal(7)
    await asyncio.sleep(delay)
    return name, getcontext().prec, str(value)

async def in_local(prec):
    with localcontext() as ctx:
        ctx.prec = prec
        await asyncio.sleep(0.01)
        return str(Decimal(2).sqrt())

async def main():
    getcontext().prec = 10
    results = await asyncio.gather(worker("a", 5, 0.02), worker("b", 15, 0.01), worker("c", 30, 0.0))
    for r in results:
        print(*r)
    print("main prec still", getcontext().prec, Decimal(1) / 3)
    print(await asyncio.gather(in_local(3), in_local(8)))
    task = asyncio.create_task(worker("d", 4, 0))
    getcontext().prec = 20
    print(await task, getcontext().prec)

asyncio.run(main())
print(getcontext().prec)

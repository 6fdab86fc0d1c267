# from asyncio import ... and the __main__ guard.
from asyncio import run, sleep, gather

async def square(n):
    await sleep(0)
    return n * n

async def main():
    results = await gather(*(square(i) for i in range(5)))
    print(results)

if __name__ == "__main__":
    run(main())
    run(main())

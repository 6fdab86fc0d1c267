import asyncio
import time


def risky(x):
    time.sleep(1)
    if x < 0:
        raise ValueError(f"negative input {x}")
    return x ** 0.5


async def main():
    print(await asyncio.to_thread(risky, 16))
    try:
        await asyncio.to_thread(risky, -4)
    except ValueError as e:
        print(f"caught from thread: {e} at {asyncio.get_running_loop().time()}")
    res = await asyncio.gather(asyncio.to_thread(risky, -1), asyncio.to_thread(risky, 9), return_exceptions=True)
    print(res)


asyncio.run(main())

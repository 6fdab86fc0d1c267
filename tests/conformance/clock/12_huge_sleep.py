# A sleep of 1e300 s: the clock jumps there and the time stamp is printed in full.
import asyncio
async def main():
    print("a")
    await asyncio.sleep(1e300)
    print("b")
asyncio.run(main())

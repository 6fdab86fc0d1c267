import asyncio
import math


async def main():
    await asyncio.sleep(1)
    print("sleeping forever (math.inf) with nothing else to do")
    await asyncio.sleep(math.inf)
    print("never printed")


asyncio.run(main())

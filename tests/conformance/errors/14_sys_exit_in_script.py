import asyncio
import sys


async def main():
    await asyncio.sleep(1)
    print("exiting with sys.exit(0)")
    sys.exit(0)


asyncio.run(main())
print("not reached")

import asyncio
import time

print("script starts")
time.sleep(1.5)
print("after a blocking sleep outside any loop")


async def main():
    print("loop starts at", asyncio.get_running_loop().time())
    await asyncio.sleep(0.5)


asyncio.run(main())
time.sleep(0.25)
print("end", time.monotonic())

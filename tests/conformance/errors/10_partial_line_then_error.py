import asyncio


async def main():
    print("progress:", end=" ")
    for i in range(3):
        print(i, end=" ")
        await asyncio.sleep(1)
    print("now failing", end="")
    raise RuntimeError("stopped mid-line")


asyncio.run(main())

import asyncio


async def brew(drink):
    print(f"{drink}: brewing")
    await asyncio.sleep(2)
    print(f"{drink}: ready")


async def main():
    await asyncio.gather(brew("tea"), brew("coffee"))
    print("both drinks served")


asyncio.run(main())

import asyncio


async def save(name):
    print(f"{name}: saving")
    await asyncio.sleep(0.5)
    print(f"{name}: saved")


async def main():
    await save("draft")
    await save("final")
    print("all saved")


asyncio.run(main())

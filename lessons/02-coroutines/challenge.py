import asyncio


async def save(name):
    print(f"{name}: saving")
    await asyncio.sleep(0.5)
    print(f"{name}: saved")


async def main():
    save("draft")
    save("final")
    print("all saved")


asyncio.run(main())

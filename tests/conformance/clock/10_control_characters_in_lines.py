import asyncio


async def main():
    print("loading 50%", end="\r")
    await asyncio.sleep(1)
    print("loading 100%")
    print("tab\tseparated\tvalues")
    print("unicode: héllo ✓")


asyncio.run(main())

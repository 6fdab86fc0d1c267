import asyncio


async def boil_kettle():
    print("kettle: on")
    await asyncio.sleep(3)
    print("kettle: boiled")


async def make_toast():
    print("toast: in")
    await asyncio.sleep(2)
    print("toast: ready")


async def main():
    await boil_kettle()
    await make_toast()
    print("breakfast is ready")


asyncio.run(main())

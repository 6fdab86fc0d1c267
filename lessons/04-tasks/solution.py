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
    kettle = asyncio.create_task(boil_kettle(), name="kettle")
    await make_toast()  # the kettle task starts as soon as main awaits here
    await kettle
    print("breakfast is ready")


asyncio.run(main())

import asyncio


async def child(name):
    try:
        await asyncio.sleep(2)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled because the body raised")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            tg.create_task(child("y"))
            await asyncio.sleep(1)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("caught:", [repr(e) for e in eg.exceptions])


asyncio.run(main())

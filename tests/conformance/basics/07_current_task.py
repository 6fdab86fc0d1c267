import asyncio


def callback():
    print(f"in a plain callback, current_task() is {asyncio.current_task()}")


async def child():
    me = asyncio.current_task()
    print(f"child sees {me.get_name()}")
    return me


async def main():
    main_task = asyncio.current_task()
    print(f"main sees {main_task.get_name()}")
    asyncio.get_running_loop().call_soon(callback)
    t = asyncio.create_task(child(), name="child-task")
    inner = await t
    print(f"child returned its own task: {inner is t}")
    direct = await child()
    print(f"awaiting child() directly runs inside main: {direct is main_task}")
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(f"outside a loop: RuntimeError: {e}")

import asyncio


async def main():
    print("main starts")
    asyncio.get_running_loop().call_later(1, asyncio.current_task().cancel)
    await asyncio.sleep(5)
    print("not reached")


asyncio.run(main())
print("not reached either")

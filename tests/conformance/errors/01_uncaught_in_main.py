import asyncio


async def helper():
    await asyncio.sleep(1)
    return {"a": 1}["b"]


async def main():
    print("calling helper")
    value = await helper()
    print("not reached", value)


asyncio.run(main())
print("not reached after run")

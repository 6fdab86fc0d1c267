import asyncio


async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    good = asyncio.create_task(divide(1, 4))
    bad = asyncio.create_task(divide(1, 0))
    print(await good)
    try:
        await bad
    except ZeroDivisionError as e:
        print(f"caught ZeroDivisionError: {e}")
    print("exception() type:", type(bad.exception()).__name__)
    try:
        await bad
    except ZeroDivisionError:
        print("awaiting again raises again")


asyncio.run(main())

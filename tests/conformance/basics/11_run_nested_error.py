import asyncio


async def inner():
    return "inner"


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    print("main continues")


asyncio.run(main())

import asyncio


async def main():
print("bad indentation")


asyncio.run(main())

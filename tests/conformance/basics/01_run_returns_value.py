import asyncio


async def compute(x):
    print(f"computing {x}")
    await asyncio.sleep(0.5)
    return x * 2


async def main():
    value = await compute(21)
    print(f"main got {value}")
    return value + 0.5


if __name__ == "__main__":
    result = asyncio.run(main())
    print(f"asyncio.run returned {result!r}")

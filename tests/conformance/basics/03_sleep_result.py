import asyncio


async def main():
    value = await asyncio.sleep(1, result="payload")
    print(f"sleep returned {value!r}")
    nothing = await asyncio.sleep(0.25)
    print(f"plain sleep returned {nothing!r}")
    zero = await asyncio.sleep(0, result=42)
    print(f"sleep(0) returned {zero!r}")
    values = await asyncio.gather(asyncio.sleep(2, result="a"), asyncio.sleep(1, result="b"))
    print(f"gathered {values}")
    neg = await asyncio.sleep(-5, result="negative is like zero")
    print(neg)


asyncio.run(main())

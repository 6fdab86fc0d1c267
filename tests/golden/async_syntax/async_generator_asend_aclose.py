# asend and aclose on async generators.
import asyncio

async def accumulate():
    total = 0
    try:
        while True:
            value = yield total
            total += value
    finally:
        print("accumulator closed at", total)

async def main():
    acc = accumulate()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    await acc.aclose()
    print("done")

asyncio.run(main())

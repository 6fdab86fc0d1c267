# athrow() with something that is not an exception: TypeError when the awaitable runs (issue 16).
import asyncio


async def numbers():
    yield 1
    yield 2


async def main():
    g = numbers()
    pending = g.athrow(5)  # made, not yet run: no error
    print("made without an error:", pending is not None)
    print(await g.__anext__())
    for bad in (5, int, "boom", None):
        try:
            await g.athrow(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

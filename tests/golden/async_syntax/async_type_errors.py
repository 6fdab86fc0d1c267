# Type errors specific to async syntax, caught inside the coroutine.
import asyncio

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

async def agen():
    yield 1

async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Plain():
            print("sync with inside a coroutine is fine")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

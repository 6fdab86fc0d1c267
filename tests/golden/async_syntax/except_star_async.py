# except* around code that raises an ExceptionGroup in a coroutine.
import asyncio

async def failing():
    await asyncio.sleep(0)
    raise ExceptionGroup("async failures", [ValueError("v1"), RuntimeError("r1")])

async def main():
    try:
        await failing()
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* RuntimeError as eg:
        print("runtime:", [str(e) for e in eg.exceptions])
    print("main continues")

asyncio.run(main())

import asyncio


async def inner():
    print("inner started")
    try:
        await asyncio.sleep(5)
        print("inner finished (never)")
    except asyncio.CancelledError:
        print("inner was cancelled by wait_for")
        raise
    finally:
        print("inner finally")


async def main():
    try:
        await asyncio.wait_for(inner(), timeout=1.5)
    except asyncio.TimeoutError as e:
        print(f"TimeoutError caught, type is builtin TimeoutError: {type(e) is TimeoutError}")
    print("main continues")


asyncio.run(main())

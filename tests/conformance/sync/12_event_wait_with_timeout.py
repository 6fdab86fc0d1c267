import asyncio


async def main():
    event = asyncio.Event()
    try:
        await asyncio.wait_for(event.wait(), timeout=1)
    except TimeoutError:
        print("event not set within 1s")
    asyncio.get_running_loop().call_later(0.5, event.set)
    print("wait result:", await asyncio.wait_for(event.wait(), timeout=1))
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())

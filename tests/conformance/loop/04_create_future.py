import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done())
    loop.call_later(1.5, fut.set_result, "filled in later")
    print("awaiting the future...")
    print(await fut)
    print("at", loop.time())
    failing = loop.create_future()
    loop.call_later(0.5, failing.set_exception, ConnectionError("refused"))
    try:
        await failing
    except ConnectionError as e:
        print(f"future raised {e!r}")


asyncio.run(main())

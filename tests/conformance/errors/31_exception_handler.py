import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], sorted(context), repr(exc))


async def fail(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"failure {n}")


def bad_callback():
    raise KeyError("callback")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    asyncio.create_task(fail(1))
    await asyncio.sleep(0.5)
    loop.set_exception_handler(handler)
    asyncio.create_task(fail(2))
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.5)
    loop.call_exception_handler({"message": "by hand", "answer": 42})
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main())

import asyncio


def cb(label, loop):
    print(f"callback {label} at {loop.time()}")
    if label == "b":
        loop.call_soon(cb, "b-child", loop)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", loop)
    loop.call_soon(cb, "b", loop)
    loop.call_soon(cb, "c", loop)
    print("scheduled three callbacks")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")


asyncio.run(main())

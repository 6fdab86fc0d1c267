import asyncio


def fire(name):
    print(f"{name} fired")


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(1, fire, "timer-1")
    h2 = loop.call_later(2, fire, "timer-2")
    h3 = loop.call_soon(fire, "soon")
    h4 = loop.call_at(loop.time() + 1.5, fire, "at-1.5")
    h2.cancel()
    h3.cancel()
    print("cancelled():", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    print("when():", h1.when(), h4.when())
    await asyncio.sleep(3)
    h1.cancel()
    print("cancelling a fired handle is harmless")


asyncio.run(main())

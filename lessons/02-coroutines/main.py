import asyncio


async def brew(drink, seconds):
    print(f"{drink}: brewing")
    await asyncio.sleep(seconds)
    print(f"{drink}: ready")
    return f"a cup of {drink}"


async def main():
    # Calling an async def function runs none of its code: it makes a coroutine object.
    coro = brew("tea", 1)
    print("brew('tea', 1) returned a", type(coro).__name__)
    print("is it a coroutine?", asyncio.iscoroutine(coro))

    # await drives the coroutine to its end, inside this same task.
    cup = await coro
    print("await gave back:", cup)

    # Two awaits in a row run one after the other: 1 s + 2 s.
    await brew("green tea", 1)
    await brew("coffee", 2)
    print("two more cups, one after the other")

    # To brew side by side, hand the coroutines to the loop as tasks: gather does that.
    await asyncio.gather(brew("espresso", 1), brew("latte", 1))
    print("two cups side by side")

    # The classic mistake: no await. The coroutine is made, then thrown away.
    brew("cocoa", 1)
    await asyncio.sleep(1)
    print("a second later: still no cocoa")


asyncio.run(main())

import asyncio


class PaymentError(Exception):
    pass


async def step(name, seconds, fail=False):
    print(f"{name}: start")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise PaymentError(f"{name}: card declined")
    print(f"{name}: done")
    return name


async def main():
    # Every task of the group is done when the async with block ends.
    async with asyncio.TaskGroup() as tg:
        stock = tg.create_task(step("stock", 1), name="stock")
        label = tg.create_task(step("label", 2), name="label")
    print(f"first order: {stock.result()} and {label.result()} finished")

    # One task fails: the group cancels its siblings, then raises an ExceptionGroup.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("reserve", 1), name="reserve")
            tg.create_task(step("charge", 1.5, fail=True), name="charge")
            tg.create_task(step("email", 3), name="email")
    except* PaymentError as group:
        for error in group.exceptions:
            print(f"second order aborted: {error}")


asyncio.run(main())

import asyncio


class PaymentError(Exception):
    pass


async def step(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise PaymentError("card declined")
    print(f"{name}: done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("reserve", 1))
            tg.create_task(step("charge", 1.5, fail=True))
            tg.create_task(step("email", 3))
    except* PaymentError as group:
        print(f"order aborted: {group.exceptions[0]}")


asyncio.run(main())

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
        await asyncio.gather(
            step("reserve", 1),
            step("charge", 1.5, fail=True),
            step("email", 3),
        )
    except PaymentError as error:
        print(f"order aborted: {error}")


asyncio.run(main())

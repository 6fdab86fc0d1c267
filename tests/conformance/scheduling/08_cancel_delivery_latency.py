import asyncio


async def victim(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} sees CancelledError")
        raise


async def bystander():
    for i in range(3):
        print(f"bystander step {i}")
        await asyncio.sleep(0)


async def main():
    v = asyncio.create_task(victim("v"))
    b = asyncio.create_task(bystander())
    await asyncio.sleep(0)
    v.cancel()
    print("cancel() requested")
    await asyncio.sleep(0)
    print("main after one sleep(0); v.done() =", v.done())
    await asyncio.gather(v, b, return_exceptions=True)


asyncio.run(main())

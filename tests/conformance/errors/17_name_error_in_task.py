import asyncio


async def worker():
    await asyncio.sleep(0.5)
    return undefined_variable + 1


async def main():
    t = asyncio.create_task(worker())
    try:
        await t
    except NameError as e:
        print(f"NameError: {e}")
    await worker()


asyncio.run(main())

import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return asyncio.current_task().get_name()


async def main():
    print(f"main task is {asyncio.current_task().get_name()}")
    unnamed = asyncio.create_task(job(1))
    named = asyncio.create_task(job(2), name="downloader")
    print(f"unnamed: {unnamed.get_name()}")
    print(f"named: {named.get_name()}")
    named.set_name("renamed")
    unnamed.set_name(12345)
    print(f"after set_name: {named.get_name()} {unnamed.get_name()!r}")
    print(await unnamed, await named)
    third = asyncio.create_task(job(0))
    print(f"third default name: {third.get_name()}")
    await third


asyncio.run(main())

import asyncio


def record(log, *items):
    log.append(items)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    for i in range(3):
        loop.call_later(1, record, log, "later", i)
        loop.call_soon(record, log, "soon", i)
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(1)
    print(log)


asyncio.run(main())

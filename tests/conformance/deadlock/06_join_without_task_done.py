import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("job")
    print("got", await q.get())
    print("forgot task_done(); join waits forever")
    await q.join()


asyncio.run(main())

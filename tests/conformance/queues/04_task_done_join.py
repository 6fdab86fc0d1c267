import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        print(f"{name} processing {item}")
        await asyncio.sleep(item)
        print(f"{name} finished {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in (0.5, 1, 0.25, 0.75):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("join returned: every item was marked done")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("join on an empty queue returns at once")
    await q.join()
    print("done")


asyncio.run(main())

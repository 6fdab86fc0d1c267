import asyncio


async def slow_worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(2)
        print(f"finished {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(slow_worker(q))
    try:
        await asyncio.wait_for(q.join(), timeout=3)
    except TimeoutError:
        print(f"join timed out with {q.qsize()} item(s) still queued")
    await q.join()
    print("all joined at", asyncio.get_running_loop().time())
    w.cancel()


asyncio.run(main())

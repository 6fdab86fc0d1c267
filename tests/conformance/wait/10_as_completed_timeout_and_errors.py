import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return delay


async def main():
    tasks = [asyncio.create_task(job(d, fail=(d == 2))) for d in (1, 2, 3, 10)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=5):
            try:
                print("got", await fut)
            except ValueError as e:
                print("error", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("slow task still running:", not tasks[3].done())
    tasks[3].cancel()


asyncio.run(main())

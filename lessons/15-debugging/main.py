import asyncio


async def fetch(url, seconds):
    me = asyncio.current_task()  # the task running this code right now
    print(f"{me.get_name()}: fetching {url}")
    await asyncio.sleep(seconds)
    return url


async def wait_for_signal(signal):
    await signal.wait()  # nobody ever calls signal.set(): this task is stuck


def report(label):
    # all_tasks(): the tasks of the running loop that are not done yet
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print(f"{label}: {len(names)} tasks alive: {', '.join(names)}")


async def main():
    print(f"main runs as {asyncio.current_task().get_name()}")
    signal = asyncio.Event()
    stuck = asyncio.create_task(wait_for_signal(signal), name="stuck")
    a = asyncio.create_task(fetch("a.example", 1), name="fetch-a")
    b = asyncio.create_task(fetch("b.example", 2), name="fetch-b")
    await asyncio.sleep(0)
    report("right after starting")
    await a
    report("after fetch-a")
    await b
    report("after fetch-b")
    print(f"stuck: done? {stuck.done()}; it waits on an Event that is never set")
    stuck.cancel()


asyncio.run(main())

import asyncio


def make_cb(label):
    def cb(task):
        print(f"callback {label}: done={task.done()} result={task.result()}")
    return cb


async def job():
    print("job runs")
    await asyncio.sleep(1)
    print("job returns")
    return 7


async def main():
    t = asyncio.create_task(job())
    a, b, c = make_cb("a"), make_cb("b"), make_cb("c")
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(c)
    t.add_done_callback(b)
    print("removed b:", t.remove_done_callback(b))
    print("removed b again:", t.remove_done_callback(b))
    result = await t
    print("await returned", result)
    await asyncio.sleep(0)
    print("adding a callback to a finished task")
    t.add_done_callback(make_cb("late"))
    print("added")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())

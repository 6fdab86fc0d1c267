import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(5):
        loop.call_later(1, order.append, f"later{i}")
        loop.call_at(loop.time() + 1, order.append, f"at{i}")
    t = asyncio.create_task(asyncio.sleep(1))
    t.add_done_callback(lambda _: order.append("task"))
    await asyncio.sleep(1)
    order.append("main")
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0)
    print("one iteration later:", order[-1])


asyncio.run(main())

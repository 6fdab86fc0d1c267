# The old way to run a loop by hand: run_forever until a callback stops it, then
# loop.shutdown_asyncgens() closes the async generators left suspended and
# loop.shutdown_default_executor() finishes the executor, before close().
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(1)
    finally:
        print(f"{name} closed at t={asyncio.get_running_loop().time():.1f}")


async def main(loop):
    g1, g2 = ticker("first"), ticker("second")
    print(await g1.__anext__(), await g2.__anext__(), await g2.__anext__())
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    loop.call_later(2.5, loop.stop)
    await asyncio.sleep(10)
    print("never")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(main(loop))
loop.run_forever()
print("stopped at", loop.time(), "task done:", task.done())
task.cancel()
loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
coro = loop.shutdown_asyncgens()
print(type(coro).__name__, coro.__name__)
loop.run_until_complete(coro)
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()
print("closed:", loop.is_closed())

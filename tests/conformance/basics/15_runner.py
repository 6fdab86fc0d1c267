# asyncio.Runner: one loop for several runs, its context, errors after close and inside a run,
# and the tasks left running cancelled when the runner closes
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def step(n):
    await asyncio.sleep(0.1)
    print("step", n, var.get())
    var.set(f"set by {n}")
    return n


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)), runner.run(step(2)))
    print(runner.get_loop() is loop, loop.is_closed())
    print(runner.run(step(3), context=contextvars.copy_context()))
    print(runner.run(step(4)))
print(loop.is_closed())
late = step(5)
try:
    runner.run(late)
except RuntimeError as e:
    print(e)
    late.close()
r = asyncio.Runner()
try:
    r.run(42)
except ValueError as e:
    print(e)


async def inner():
    nested = step(6)
    try:
        r.run(nested)
    except RuntimeError as e:
        print(e)
        nested.close()


r.run(inner())
r.close()
r.close()


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


async def starter():
    asyncio.create_task(background())
    await asyncio.sleep(0.5)


with asyncio.Runner() as runner:
    runner.run(starter())
    print("leaving")
print("done")

# debug mode: tasks, futures and handles keep _source_traceback, the frames running when they
# were made (a traceback.StackSummary; None outside debug mode), and the loop's exception
# handler gets it as the context's 'source_traceback'
import asyncio
import os


def mine(tb):
    # the program's own frames (the library's differ between implementations)
    return [f"{os.path.basename(f.filename)}:{f.lineno} {f.name}: {f.line}" for f in tb
            if os.path.basename(f.filename) == "05_source_traceback.py"]


def handler(loop, context):
    print("handler:", context["message"], sorted(context))
    if "source_traceback" in context:
        tb = context["source_traceback"]
        print("  innermost:", tb[-1].name, mine(tb))


def failing_callback():
    raise ValueError("callback failed")


async def child():
    await asyncio.sleep(1)


def make_handle(loop):
    return loop.call_later(5, print, "never")


def deeper(loop):
    return loop.call_soon(print, "deeper")


async def stuck():
    await asyncio.get_running_loop().create_future()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(child())
    tb = task._source_traceback
    print(type(tb).__name__, type(tb[0]).__name__, tb[-1].name, mine(tb))
    made = loop.create_task(child())
    print(made._source_traceback[-1].name, mine(made._source_traceback))
    fut = loop.create_future()
    print(fut._source_traceback[-1].name, mine(fut._source_traceback))
    h = loop.call_soon(failing_callback)
    print(mine(h._source_traceback))
    timer = make_handle(loop)
    print(mine(timer._source_traceback))
    timer.cancel()
    print(mine(deeper(loop)._source_traceback))
    loop.call_exception_handler({"message": "by hand"})
    await task
    await made
    fut.set_exception(KeyError("never retrieved"))
    del fut
    await asyncio.sleep(0)


async def plain():
    t = asyncio.create_task(child())
    f = asyncio.get_running_loop().create_future()
    h = asyncio.get_running_loop().call_soon(print, "plain")
    print(t._source_traceback, f._source_traceback, h._source_traceback)
    t.cancel()


def at_exit(loop, context):
    tb = context["source_traceback"]
    print("at exit:", context["message"], sorted(context), [f.name for f in tb][-2:], tb[-2].line)


async def leave_stuck():
    asyncio.create_task(stuck())  # still pending when the program ends
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
asyncio.run(plain())
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.set_exception_handler(at_exit)
loop.run_until_complete(leave_stuck())

# callbacks run in a copy of the context current when they were scheduled (or the given one)
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def cb(label):
    print(label, var.get())
    var.set("set by " + label)


def done(fut):
    print("done callback sees", var.get(), fut.result())


async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    loop.call_soon(cb, "call_soon")
    var.set("main 2")
    loop.call_later(0.01, cb, "call_later")
    ctx = contextvars.Context()
    loop.call_soon(cb, "in empty context", context=ctx)
    await asyncio.sleep(0.02)
    print("main still sees", var.get(), "| ctx has", ctx.get(var))
    fut = loop.create_future()
    var.set("at add_done_callback")
    fut.add_done_callback(done)
    var.set("at set_result")
    fut.set_result(42)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0, "slept"))
    t.add_done_callback(done, context=contextvars.copy_context())
    await t
    await asyncio.sleep(0)
    print(var.get())


asyncio.run(main())
print("top level", var.get())

# call_soon / call_later / add_done_callback copy the context at scheduling time;
# context= gives them (and create_task) a Context of one's choosing.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


def report(label):
    print(label, var.get())
    var.set(label)


async def worker():
    print("worker starts with", var.get())
    var.set("worker")
    await asyncio.sleep(0.1)
    print("worker ends with", var.get())


async def main():
    loop = asyncio.get_running_loop()
    var.set("first")
    loop.call_later(0.2, report, "late")
    var.set("second")
    loop.call_soon(report, "soon")
    shared = contextvars.copy_context()
    loop.call_later(0.1, report, "shared-1", context=shared)
    loop.call_later(0.3, report, "shared-2", context=shared)
    await asyncio.sleep(0.5)
    print("main", var.get(), "shared", shared[var])
    t = asyncio.create_task(worker(), context=shared)
    t.add_done_callback(lambda _: report("done-callback"))
    await t
    await asyncio.sleep(0)
    print("main", var.get(), "shared", shared[var])


asyncio.run(main())

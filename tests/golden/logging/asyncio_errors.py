# The errors asyncio logs go through the program's logging setup (the asyncio logger, its
# handlers, level and `disabled`) and through loop.set_exception_handler, as CPython's
# call_exception_handler -> default_exception_handler -> logger.error(..., exc_info=...).
import asyncio
import logging

logging.basicConfig(format="LOG %(levelname)s %(name)s: %(message)s")


class LastLine(logging.Formatter):
    def formatException(self, ei):  # these tracebacks would show CPython's own frames
        return f"{ei[0].__name__}: {ei[1]}"


def short_paths(record):  # reprs of callbacks and coroutines name the program's path
    record.msg = record.msg.replace(__file__, "FILE")
    return True


logging.getLogger().handlers[0].addFilter(short_paths)


async def fail(n):
    raise ValueError(f"failure {n}")


def bad_callback(x):
    raise KeyError(x)


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("refused to stop")


def handler(loop, context):
    print("handler:", context["message"].replace(__file__, "FILE"), sorted(context),
          repr(context.get("exception")))


def broken_handler(loop, context):
    raise OSError("the handler broke")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(fail(1), name="lost")
    await asyncio.sleep(0)
    print("a failed task was dropped")
    fut = loop.create_future()
    fut.set_exception(RuntimeError("nobody looks"))
    del fut
    print("a failed future was dropped")
    await asyncio.sleep(0)

    log = logging.getLogger("asyncio")
    extra = logging.StreamHandler()
    extra.setFormatter(LastLine("EXTRA %(levelname)s: %(message)s"))
    extra.addFilter(short_paths)
    logging.getLogger().handlers[0].setFormatter(LastLine("LOG %(levelname)s: %(message)s"))
    log.addHandler(extra)
    log.propagate = False
    loop.call_soon(bad_callback, "k")
    await asyncio.sleep(0)
    log.disabled = True
    loop.call_soon(bad_callback, "disabled")
    await asyncio.sleep(0)
    log.disabled = False
    log.setLevel(logging.CRITICAL)
    loop.call_soon(bad_callback, "too low")
    await asyncio.sleep(0)
    log.setLevel(logging.NOTSET)
    loop.call_exception_handler({"message": "custom", "extra": [1, 2]})
    loop.default_exception_handler({"exception": OSError("no message")})
    loop.default_exception_handler({})
    log.removeHandler(extra)
    log.propagate = True

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, "j")
    asyncio.create_task(fail(2))
    await asyncio.sleep(0.1)
    f2 = loop.create_future()
    f2.set_exception(ZeroDivisionError())
    f2 = None
    await asyncio.sleep(0)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "to a broken handler"})
    loop.set_exception_handler(None)
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
print("done")
raise SystemExit(1)  # stderr is compared when the status is not 0 (tools/golden.py)

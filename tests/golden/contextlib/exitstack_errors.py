import asyncio
from contextlib import ExitStack, AsyncExitStack, contextmanager, suppress


@contextmanager
def named(name, fail=False):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)
        if fail:
            raise ValueError(f"{name} failed on exit")


def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(out)


try:
    with ExitStack() as stack:
        stack.enter_context(named("a", fail=True))
        stack.enter_context(named("b", fail=True))
        raise KeyError("body")
except Exception as e:
    print("caught", chain(e))

with ExitStack() as stack:
    stack.enter_context(named("c"))
    stack.push(lambda *exc: True)
    stack.enter_context(named("d", fail=True))
print("suppressed by a callback")

with ExitStack() as stack:
    stack.callback(print, "callback ran")
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppress in a stack")


async def main():
    async def closer(tag):
        print("async close", tag)

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(closer, 1)
            stack.enter_context(named("e", fail=True))
            stack.push_async_callback(closer, 2)
            raise RuntimeError("async body")
    except Exception as e:
        print("caught", chain(e))

    async with AsyncExitStack() as stack:
        async def swallow(*exc):
            print("swallow", exc[0].__name__)
            return True
        stack.push_async_exit(swallow)
        raise OSError("gone")
    print("async suppressed")


asyncio.run(main())

# Tracebacks through generators, coroutines and tasks.
import asyncio
import sys
import traceback


def gen():
    yield 1
    raise ValueError("from generator")


def walk(tb):
    return [(tb.tb_frame.f_code.co_name, tb.tb_lineno) for tb, _ in
            ((t, None) for t in _chain(tb))]


def _chain(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


try:
    for item in gen():
        print("item", item)
except ValueError as e:
    print(walk(e.__traceback__))
    print(e.__traceback__.tb_next.tb_frame.f_back)


async def leaf():
    await asyncio.sleep(0)
    raise KeyError("leaf")


async def branch():
    await leaf()


async def main():
    try:
        await branch()
    except KeyError as e:
        print(walk(e.__traceback__))
    task = asyncio.create_task(branch())
    try:
        await task
    except KeyError as e:
        names = [name for name, line in walk(e.__traceback__)]
        print(names[0], names[-2:])
        sys.stderr.write("".join(traceback.format_tb(e.__traceback__)[-2:]))


asyncio.run(main())
sys.exit(1)

# "Task exception was never retrieved" comes when the last reference to the failed task goes
# (Future.__del__), as with CPython's reference counts: when the loop drops a task nobody
# kept, when the program drops the list that kept failed tasks, or never when the exception
# is retrieved. Printed to stderr between the program's lines.
import asyncio
import logging  # (its last resort prints the reports, to sys.stderr: the program's path goes)
import sys


class ShortPaths:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, "FILE"))

    def flush(self):
        self.stream.flush()


sys.stderr = ShortPaths(sys.stderr)


async def fail(n):
    await asyncio.sleep(n / 100)
    raise ValueError(f"failure {n}")


def say(text):
    print(text, file=sys.stderr)


async def main():
    kept = [asyncio.create_task(fail(n)) for n in range(1, 5)]
    await asyncio.sleep(0.1)
    say("four failed tasks are kept")
    asyncio.create_task(fail(1))
    await asyncio.sleep(0.1)
    say("a dropped task was reported")
    print(kept[0].exception())
    del kept[0]
    say("a retrieved task goes silently")
    kept.pop()
    say("a popped task is reported")
    kept = None
    say("the rest are reported with the list")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("f"))
    fut = 0
    say("the future too")
    waited = asyncio.create_task(fail(1))
    try:
        await waited
    except ValueError as e:
        say(f"awaited: {e!r}")
    del waited
    say("end")


asyncio.run(main())
raise SystemExit(1)  # stderr is compared when the status is not 0 (tools/golden.py)

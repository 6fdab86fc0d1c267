# Debug mode's "Executing ... took N seconds" is a WARNING record of the asyncio logger (as
# base_events._run_once's logger.warning): the program's logging configuration sees it. The
# duration and the task's repr depend on the machine, so a filter shows the record's parts.
import asyncio
import logging
import time

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def parts(record):
    what, took = record.args
    print("record:", record.levelname, record.name, repr(record.msg), what.split(" ")[0],
          type(took).__name__, took >= 0.2)
    record.args = (what.split(" ")[0] + ">", 0.25)
    return True


logging.getLogger().handlers[0].addFilter(parts)


async def main():
    time.sleep(0.3)  # blocks the loop
    await asyncio.sleep(0)
    logging.getLogger("asyncio").setLevel(logging.ERROR)
    time.sleep(0.3)
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main(), debug=True)
raise SystemExit(1)  # stderr is compared when the status is not 0 (tools/golden.py)

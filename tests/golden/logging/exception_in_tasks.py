# logger.exception() and exc_info=True inside tasks print the traceback of the exception being
# handled, as CPython's logging does (the tutorial's "log the crash and keep going" worker).
import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("workers")


def parse(job):
    return 100 // job


async def worker(job):
    await asyncio.sleep(0.1 * job)
    try:
        result = parse(job)
    except ZeroDivisionError:
        log.exception("job %d crashed", job)
        return None
    except Exception:
        log.error("unexpected", exc_info=True)
        raise
    log.info("job %d -> %d", job, result)
    return result


async def main():
    print(await asyncio.gather(*(worker(j) for j in [2, 0, 5])))
    try:
        await worker("x")
    except TypeError:
        logging.exception("main saw it")


asyncio.run(main())
sys.exit(1)  # (stderr holds the log: the golden rule wants a failing status then)

# The asyncio logger's DEBUG record when an event loop is made (asyncio.run makes one per run,
# new_event_loop another), seen by a program that configures logging at DEBUG; at INFO it is not.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("demo")


async def main(n):
    log.debug("run %d", n)
    await asyncio.sleep(0.1)


asyncio.run(main(1))
asyncio.run(main(2))
loop = asyncio.new_event_loop()
loop.run_until_complete(main(3))
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main(4))
print("done")
raise SystemExit(1)  # stderr is compared when the status is not 0 (tools/golden.py)

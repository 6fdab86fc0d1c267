# asyncio.run(debug=True): a task step that blocks the loop for 0.1 s or more of virtual time
# is logged "Executing <Task ...> took N seconds" (the repr says where each task was made)
import asyncio
import time


async def worker():
    await asyncio.sleep(1)
    time.sleep(0.25)  # blocks the loop: this step is slow too
    return "done"


async def main():
    t = asyncio.create_task(worker())
    print(repr(t))
    time.sleep(0.2)
    print(await t)
    time.sleep(0.05)  # under slow_callback_duration: nothing logged
    print("end")


asyncio.run(main(), debug=True)

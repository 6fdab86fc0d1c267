import asyncio
def cb(fut):
    while True:
        pass
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(cb)
    fut.set_result(1)
    await asyncio.sleep(1)
print("start")
asyncio.run(main())

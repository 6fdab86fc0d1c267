import asyncio
def cb():
    while True:
        pass
async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(1)
print("start")
asyncio.run(main())

import asyncio
def work():
    while True:
        pass
async def main():
    await asyncio.to_thread(work)
print("start")
asyncio.run(main())

import asyncio


async def main():
    await asyncio.sleep(1)
    print("main ran on the loop")
    return "ok"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop() returns the set loop:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
print("loop.time():", loop.time())
loop.close()

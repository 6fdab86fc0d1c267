import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return name


loop = asyncio.get_event_loop()
print("old-style: get_event_loop() + run_until_complete")
result = loop.run_until_complete(asyncio.gather(greet("a", 1), greet("b", 0.5)))
print(result, loop.time())
print("same loop again:", asyncio.get_event_loop() is loop)
loop.close()

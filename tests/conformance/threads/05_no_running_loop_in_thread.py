import asyncio


def in_thread():
    try:
        asyncio.get_running_loop()
        return "found a loop"
    except RuntimeError as e:
        return f"RuntimeError: {e}"


async def main():
    print(await asyncio.to_thread(in_thread))
    print("back in the loop:", asyncio.get_running_loop() is not None)


asyncio.run(main())

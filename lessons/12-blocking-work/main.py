import asyncio
import time


def resize(photo):
    # Ordinary blocking code (time.sleep stands in for slow work the loop cannot pause).
    time.sleep(1.5)
    return f"{photo} resized"


async def heartbeat():
    loop = asyncio.get_running_loop()
    while True:
        due = loop.time() + 0.5
        await asyncio.sleep(0.5)
        print(f"heartbeat: {loop.time() - due:.1f} s late")


async def main():
    beat = asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.sleep(0.8)

    print("main: calling resize() directly")
    print(resize("cat.jpg"))  # the loop is stuck for 1.5 s

    await asyncio.sleep(0.8)
    print("main: calling resize() with asyncio.to_thread")
    print(await asyncio.to_thread(resize, "dog.jpg"))  # the loop stays free

    await asyncio.sleep(0.8)
    beat.cancel()


asyncio.run(main())

import asyncio


async def download(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return f"{name}.zip"


async def main():
    # create_task puts the task in the ready queue and returns at once.
    photos = asyncio.create_task(download("photos", 2), name="photos")
    print(f"main: created {photos.get_name()}, done? {photos.done()}")
    print("main: still running; photos has not started")

    await asyncio.sleep(0.5)  # main waits: now the loop can run photos
    print(f"main: back at 0.5 s, photos done? {photos.done()}")

    music = asyncio.create_task(download("music", 1), name="music")
    print("main: created music, now waiting for photos")
    result = await photos  # wait for the task and take its result
    print(f"main: photos gave {result}, done? {photos.done()}")

    print(f"main: music finished on its own meanwhile: done? {music.done()}")
    print(f"main: music gave {await music}")


asyncio.run(main())

import asyncio


async def download(name, seconds):
    print(f"{name}: connecting")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
        return f"{name} bytes"
    except asyncio.CancelledError:
        print(f"{name}: cancelled at the await")
        raise  # let the cancellation carry on
    finally:
        print(f"{name}: connection closed")


async def main():
    loop = asyncio.get_running_loop()

    try:
        data = await asyncio.wait_for(download("report", 5), timeout=2)
        print("got", data)
    except TimeoutError:
        print(f"wait_for gave up at t={loop.time():.1f}")

    try:
        async with asyncio.timeout(1):
            await download("photo", 3)
    except TimeoutError:
        print(f"timeout() gave up at t={loop.time():.1f}")

    data = await asyncio.wait_for(download("note", 1), timeout=2)
    print("got", data, f"at t={loop.time():.1f}")

    # shield: stop waiting for a task without cancelling it.
    backup = asyncio.create_task(download("backup", 3), name="backup")
    try:
        await asyncio.wait_for(asyncio.shield(backup), timeout=1)
    except TimeoutError:
        print(f"stopped waiting at t={loop.time():.1f}; backup still running: {not backup.done()}")
    print("got", await backup, f"at t={loop.time():.1f}")


asyncio.run(main())

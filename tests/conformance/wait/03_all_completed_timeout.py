import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    tasks = [asyncio.create_task(job(f"t{d}", d), name=f"t{d}") for d in (1, 2, 4, 5)]
    done, pending = await asyncio.wait(tasks, timeout=3)
    print("after timeout=3:")
    print("  done:", sorted(t.get_name() for t in done))
    print("  pending:", sorted(t.get_name() for t in pending))
    print("wait does not cancel:", [t.cancelled() for t in tasks])
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("then all:", sorted(t.get_name() for t in done), len(pending))


asyncio.run(main())

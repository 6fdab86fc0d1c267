import asyncio

balance = 100


async def deposit(name, amount):
    global balance
    seen = balance  # read
    print(f"{name}: reads balance {seen}")
    await asyncio.sleep(0.1)  # another task can run here
    balance = seen + amount  # write what was read plus the deposit
    print(f"{name}: writes balance {balance}")


counter = 0


async def add_one(lock=None):
    global counter
    if lock is None:
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1
    else:
        async with lock:  # read, await and write as one unit
            value = counter
            await asyncio.sleep(0.01)
            counter = value + 1


async def main():
    global counter
    await asyncio.gather(deposit("alice", 50), deposit("bob", 30))
    print(f"balance: {balance} (expected 180)")

    await asyncio.gather(*(add_one() for _ in range(100)))
    print(f"100 increments without a lock: counter = {counter}")

    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(add_one(lock) for _ in range(100)))
    print(f"100 increments with a lock: counter = {counter}")


asyncio.run(main())

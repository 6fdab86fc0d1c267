import asyncio

accounts = {"alice": 100, "bob": 100}
locks = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}


async def transfer(source, target, amount):
    async with locks[source]:
        print(f"{source} -> {target}: holds {source}'s lock")
        await asyncio.sleep(0.1)  # checking the amount
        async with locks[target]:
            accounts[source] -= amount
            accounts[target] += amount
            print(f"{source} -> {target}: moved {amount}")


async def main():
    await asyncio.gather(transfer("alice", "bob", 30), transfer("bob", "alice", 10))
    print(f"balances: {accounts}")


asyncio.run(main())

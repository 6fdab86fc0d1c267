import asyncio

stock = 10
stock_lock = asyncio.Lock()


async def buy(customer):
    global stock
    async with stock_lock:
        left = stock
        await asyncio.sleep(0.1)  # checking the payment
        stock = left - 1
    print(f"{customer} bought one")


async def main():
    await asyncio.gather(*(buy(f"customer {n}") for n in range(1, 11)))
    print(f"stock left: {stock}")


asyncio.run(main())

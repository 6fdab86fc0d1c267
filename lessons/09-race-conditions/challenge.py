import asyncio

stock = 10


async def buy(customer):
    global stock
    left = stock
    await asyncio.sleep(0.1)  # checking the payment
    stock = left - 1
    print(f"{customer} bought one")


async def main():
    await asyncio.gather(*(buy(f"customer {n}") for n in range(1, 11)))
    print(f"stock left: {stock}")


asyncio.run(main())

import asyncio


class PaymentDeclined(Exception):
    def __init__(self, amount):
        super().__init__(f"payment of {amount} declined")
        self.amount = amount


async def charge(amount):
    await asyncio.sleep(1)
    if amount > 100:
        raise PaymentDeclined(amount)
    print(f"charged {amount}")


async def main():
    await asyncio.gather(charge(10), charge(500), charge(20))


asyncio.run(main())

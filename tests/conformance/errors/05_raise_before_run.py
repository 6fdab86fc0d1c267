import asyncio

print("module starts")
config = {"retries": 3}


async def main():
    print("never runs")


retries = config["retry"]
asyncio.run(main())

import asyncio

config = {}


async def load_config():
    await asyncio.sleep(1.7)  # reading the settings takes a while
    config["database"] = "db://main"
    print("config loaded")


async def worker(name):
    await asyncio.sleep(1)  # hope the config is there by now
    print(f"{name}: using {config.get('database')}")


async def main():
    await asyncio.gather(load_config(), worker("w1"), worker("w2"))


asyncio.run(main())

import asyncio

config = {}
config_ready = asyncio.Event()


async def load_config():
    await asyncio.sleep(1.7)  # reading the settings takes a while
    config["database"] = "db://main"
    print("config loaded")
    config_ready.set()


async def worker(name):
    await config_ready.wait()
    print(f"{name}: using {config.get('database')}")


async def main():
    await asyncio.gather(load_config(), worker("w1"), worker("w2"))


asyncio.run(main())

import asyncio


class ConfigError(Exception):
    pass


async def load():
    await asyncio.sleep(0.2)
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("could not load config") from e


async def main():
    try:
        await load()
    except ConfigError as e:
        print(f"caught {e!r}, cause {e.__cause__!r}")
    await load()


asyncio.run(main())

import asyncio


class Unavailable(Exception):
    pass


async def flaky_api():
    # The server is restarting until t=1.5: every call before that fails.
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    if loop.time() < 1.5:
        raise Unavailable("503: restarting")
    return "200 OK"


async def call_with_retry(tries=5):
    for attempt in range(1, tries + 1):
        try:
            return await flaky_api()
        except Unavailable:
            delay = 0.25 * 2 ** (attempt - 1)  # 0.25, 0.5, 1.0, ...: exponential back-off
            print(f"attempt {attempt} failed, retrying in {delay} s")
            await asyncio.sleep(delay)
    raise Unavailable(f"gave up after {tries} tries")


async def main():
    print(await call_with_retry())


asyncio.run(main())

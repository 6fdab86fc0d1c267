import asyncio


async def download():
    print("download: connection opened")
    await asyncio.sleep(5)
    print("download: connection closed")
    return "file"


async def main():
    try:
        data = await asyncio.wait_for(download(), timeout=2)
        print("got", data)
    except TimeoutError:
        print("gave up waiting")


asyncio.run(main())

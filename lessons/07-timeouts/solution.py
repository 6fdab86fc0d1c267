import asyncio


async def download():
    print("download: connection opened")
    try:
        await asyncio.sleep(5)
        return "file"
    finally:
        print("download: connection closed")


async def main():
    try:
        data = await asyncio.wait_for(download(), timeout=2)
        print("got", data)
    except TimeoutError:
        print("gave up waiting")


asyncio.run(main())

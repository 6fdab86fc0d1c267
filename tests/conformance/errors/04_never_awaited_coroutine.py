import asyncio


async def ping(n):
    print(f"ping {n}")


async def pong():
    print("pong")


async def main():
    for n in range(3):
        ping(n)
    pong()
    print("forgot to await; CPython reports each message once per place")
    await ping(99)


asyncio.run(main())

import asyncio

import loopscope_world as world
import requests

world.host("compress.example.com", latency=1.0)  # a simulated compression service


def compress(name):
    # A library function: it blocks (a requests call), and you cannot change it.
    reply = requests.post("https://compress.example.com/gzip", json={"file": name})
    return reply.json()["json"]["file"] + ".gz"


async def handle(name):
    print(f"{name}: compressing")
    result = compress(name)
    print(f"{name}: saved {result}")


async def main():
    await asyncio.gather(handle("a.log"), handle("b.log"), handle("c.log"))
    print("all files compressed")


asyncio.run(main())

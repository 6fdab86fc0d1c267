# Bodies as bytes: aiohttp's read(), requests' and httpx's content, decoded by hand.
import asyncio
import aiohttp
import httpx
import requests
import loopscope_world as world

world.route("https://example.com/robots.txt", text="User-agent: *\nDisallow: /ünï\n")


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.com/robots.txt") as resp:
            body = await resp.read()
            print(type(body).__name__, len(body), body)
            print(body.decode("utf-8").splitlines())
            print(body.split(b"\n")[0], body.startswith(b"User"))
        async with session.get("https://api.example.com/posts/2") as resp:
            raw = await resp.read()
            print(raw[:20], raw.count(b'"'), await resp.text() == raw.decode())
    async with httpx.AsyncClient() as client:
        r = await client.get("https://example.com/robots.txt")
        print(type(r.content).__name__, r.content == body, len(r.content))
    r = requests.get("https://example.com/robots.txt")
    print(type(r.content).__name__, r.content.decode() == r.text, r.content[-5:])
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())

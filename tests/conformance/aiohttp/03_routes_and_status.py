# A lesson's routes: JSON and text per URL pattern, a 404, raise_for_status and
# ClientResponseError, and ContentTypeError when the body is not JSON.
import asyncio

import aiohttp
import loopscope_world as world

world.route("https://weather.example.com/city/*", json={"temp": 21.5, "sky": "clear"})
world.route("https://weather.example.com/city/atlantis", status=404, text="no such city")
world.route("https://example.com/hello.txt", text="hello, world\n")


async def main():
    async with aiohttp.ClientSession() as session:
        for city in ["paris", "atlantis"]:
            async with session.get(f"https://weather.example.com/city/{city}") as resp:
                print(city, resp.status, resp.ok)
                try:
                    resp.raise_for_status()
                    print(await resp.json())
                except aiohttp.ClientResponseError as e:
                    print("error:", e.status, e.message, isinstance(e, aiohttp.ClientError))
                    print(str(e))
        async with session.get("https://example.com/hello.txt") as resp:
            print(repr(await resp.text()))
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print("ContentTypeError:", e.message)
        try:
            async with aiohttp.ClientSession(raise_for_status=True) as strict:
                await strict.get("https://weather.example.com/city/atlantis")
        except aiohttp.ClientResponseError as e:
            print("strict:", e.status)


asyncio.run(main())

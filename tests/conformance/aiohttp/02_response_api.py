# The response: status, reason, ok, headers, content_type, text(), json(), awaiting get()
# directly, post with json= and params=, repr and the session's closed flag.
import asyncio

import aiohttp


async def main():
    session = aiohttp.ClientSession()
    resp = await session.get("https://api.example.com/search", params={"q": "asyncio", "page": 2})
    print(resp.status, resp.reason, resp.ok, resp.content_type)
    print(resp.headers["Content-Length"])
    print(await resp.text())
    data = await resp.json()
    print(data["args"])
    resp.release()
    async with session.post("https://api.example.com/orders", json={"item": "tea", "n": 2}) as r:
        body = await r.json()
        print(r.method, body["json"], body["method"])
    async with session.delete("https://api.example.com/orders/7") as r:
        print((await r.json())["id"])
    print(session.closed)
    await session.close()
    print(session.closed)
    print(aiohttp.ClientTimeout(total=5))


asyncio.run(main())

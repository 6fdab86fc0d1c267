# httpx.AsyncClient with gather over many URLs (the tutorial's shape), the response API.
import asyncio
import time

import httpx


async def fetch(client, url):
    response = await client.get(url)
    response.raise_for_status()
    return response.json()


async def main():
    start = time.perf_counter()
    async with httpx.AsyncClient() as client:
        urls = [f"https://api.example.com/todos/{i}" for i in range(1, 8)]
        results = await asyncio.gather(*(fetch(client, u) for u in urls))
        print([r["id"] for r in results])
        r = await client.post("https://api.example.com/todos", json={"title": "write tests"})
        print(r, r.status_code, r.reason_phrase, r.is_success, r.json()["json"])
        print(r.url, repr(r.url), r.url.host, r.url.path, r.request)
        r = await client.get("https://api.example.com/search", params={"q": "x"})
        print(r.json()["args"], r.headers["Content-Type"])
    print(client.is_closed, httpx.Timeout(10.0))
    print(f"took {time.perf_counter() - start:.2f}s")


asyncio.run(main())

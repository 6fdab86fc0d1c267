# httpx's errors: HTTPStatusError, ConnectError, the default 5 s timeout, a per-request
# timeout, a client's base_url, retries against a flaky host, and the blocking httpx.get.
import asyncio
import time

import httpx
import loopscope_world as world

world.route("https://api.example.com/gone", status=410, text="gone")
world.host("down.example.com", down=True)
world.host("slow.example.com", latency=6)
world.host("flaky.example.com", latency=0.3, fail_first=2, fail_status=503)


async def main():
    async with httpx.AsyncClient(base_url="https://api.example.com") as client:
        r = await client.get("/gone")
        print(r.status_code, r.is_error, r.is_client_error, r.text)
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(e)
            print(e.response.status_code, e.request.url)
        try:
            await client.get("https://down.example.com/")
        except httpx.ConnectError as e:
            print("ConnectError:", e, isinstance(e, httpx.RequestError))
        try:
            await client.get("https://slow.example.com/")
        except httpx.TimeoutException as e:
            print(type(e).__name__, e, round(asyncio.get_running_loop().time(), 3))
        r = await client.get("https://slow.example.com/", timeout=10)
        print("with timeout=10:", r.status_code)
        for attempt in range(1, 5):
            r = await client.get("https://flaky.example.com/")
            print("attempt", attempt, r.status_code)
            if r.is_success:
                break
            await asyncio.sleep(0.1 * attempt)
    start = time.monotonic()
    r = httpx.get("https://api.example.com/blocking")
    print("blocking", r.status_code, round(time.monotonic() - start, 3))


asyncio.run(main())

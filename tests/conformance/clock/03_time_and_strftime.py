import asyncio
import time


async def main():
    print("time.time():", time.time())
    print(time.strftime("%Y-%m-%d %H:%M:%S"))
    await asyncio.sleep(3661.5)
    print("time.time():", time.time())
    print(time.strftime("%X"), time.strftime("%H:%M"))
    t = time.localtime()
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    g = time.gmtime()
    print(g.tm_hour, g.tm_min, g.tm_sec)
    print(time.strftime("%A %d %B %Y", time.gmtime(0)))


asyncio.run(main())

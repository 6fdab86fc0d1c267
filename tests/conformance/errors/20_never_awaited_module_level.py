import asyncio


async def job(n):
    print("job", n)


job(1)
job(2)
for n in range(3):
    job(n)
print("each call site above warns once")
asyncio.run(job(9))

# sleep(0) loops: one task yielding to the loop many times, then 100 tasks doing it together.
import asyncio

N = 100000  # sleep(0) calls of the lone task; the 100 tasks make 2 * N more


async def spin(count, box):
    for _ in range(count):
        box[0] += 1
        await asyncio.sleep(0)


async def main():
    box = [0]
    await spin(N, box)
    print("alone", box[0])
    await asyncio.gather(*(spin(2 * N // 100, box) for _ in range(100)))
    print("together", box[0])


asyncio.run(main())

import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(f"ValueError: {e}")
    try:
        asyncio.Queue(maxsize=1).put_nowait(None) or print("None is a valid item")
    except Exception as e:
        print("unexpected", e)


asyncio.run(main())

# Exceptions propagate through await like through calls.
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def middle():
    try:
        await fail("inner problem")
    finally:
        print("middle cleanup")

async def main():
    try:
        await middle()
    except ValueError as e:
        print("main caught:", e)
    try:
        await asyncio.sleep(0)
        1 / 0
    except ZeroDivisionError as e:
        print("sync error in coroutine:", e)
    return "ok"

print(asyncio.run(main()))

# to_thread runs the function in a copy of the caller's context
import asyncio
import contextvars
import time

user = contextvars.ContextVar("user", default="nobody")


def blocking(label):
    time.sleep(0.1)
    before = user.get()
    user.set("thread")
    return f"{label}: saw {before}, now {user.get()}"


async def main():
    user.set("alice")
    print(await asyncio.to_thread(blocking, "first"))
    print("task still", user.get())
    user.set("bob")
    print(await asyncio.to_thread(blocking, label="second"))
    print("task still", user.get())


asyncio.run(main())

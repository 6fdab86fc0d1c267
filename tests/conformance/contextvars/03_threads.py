# to_thread and run_in_executor: the function sees a copy of the caller's context; what it
# sets stays in the thread.
import asyncio
import contextvars
import time

user = contextvars.ContextVar("user", default="nobody")


def blocking(tag):
    print(tag, "in thread sees", user.get())
    time.sleep(0.2)
    user.set(tag)
    return user.get()


async def session(name, delay):
    user.set(name)
    await asyncio.sleep(delay)
    got = await asyncio.to_thread(blocking, name + "-thread")
    print(name, "got", got, "still", user.get())


async def main():
    await asyncio.gather(session("alice", 0.1), session("bob", 0.05))
    user.set("main")
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, "executor"), user.get())


asyncio.run(main())

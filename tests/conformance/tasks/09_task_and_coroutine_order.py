import asyncio


async def say(word, delay):
    await asyncio.sleep(delay)
    print(word)


async def main():
    print("-- awaiting coroutines one by one: 3 seconds")
    await say("one", 1)
    await say("two", 2)
    print("-- as tasks: overlap")
    t1 = asyncio.create_task(say("three", 1))
    t2 = asyncio.create_task(say("four", 2))
    print("tasks created, nothing printed yet")
    await t1
    await t2
    print("-- a task starts only when main yields")
    t3 = asyncio.create_task(say("five", 0))
    print("main still running before its first await")
    await t3


asyncio.run(main())

# A coroutine driven by hand: its frames appear in the traceback.
async def inner(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x * 2


async def outer(x):
    return await inner(x)


try:
    outer(5).send(None)
except StopIteration as e:
    print("result", e.value)
outer(-1).send(None)

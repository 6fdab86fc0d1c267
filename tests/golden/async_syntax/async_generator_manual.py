# Stepping an async generator without an event loop.
async def agen():
    yield "a"
    yield "b"

g = agen()
for _ in range(3):
    step = g.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        print("value:", e.value)
    except StopAsyncIteration:
        print("exhausted")
print(type(g).__name__, hasattr(g, "__aiter__"), g.__aiter__() is g)

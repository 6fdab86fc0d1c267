# Driving coroutines by hand with a custom awaitable that yields.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"resumed {self.label} with {reply}"

async def child():
    r1 = await Suspend("first")
    print(r1)
    r2 = await Suspend("second")
    print(r2)
    return "child done"

async def parent():
    value = await child()
    print("parent got", value)
    return "parent done"

coro = parent()
print("yielded", coro.send(None))
print("yielded", coro.send("A"))
try:
    coro.send("B")
except StopIteration as e:
    print("StopIteration value:", e.value)

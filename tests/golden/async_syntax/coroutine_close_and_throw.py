# throw() and close() on a suspended coroutine.
class Pause:
    def __await__(self):
        yield "paused"

async def job():
    try:
        await Pause()
        print("not reached")
    except KeyError as e:
        print("job caught", repr(e))
        await Pause()
    finally:
        print("job finally")

c = job()
print(c.send(None))
print(c.throw(KeyError("injected")))
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

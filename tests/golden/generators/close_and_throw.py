# close() and throw() reach into a paused generator.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("closed generator raises StopIteration")
def unstoppable():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = unstoppable()
next(g)
g.close()
g2 = unstoppable()
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("not started: propagated", repr(e))

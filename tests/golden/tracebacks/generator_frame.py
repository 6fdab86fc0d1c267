# An error raised inside a generator while a for loop drives it.
def readings():
    yield 10
    yield 20
    raise RuntimeError("sensor disconnected")


for r in readings():
    print("reading", r)

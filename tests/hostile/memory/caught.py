# MemoryError is an exception like any other: caught, the program goes on (the memory of the
# failed attempt is given back); uncaught, it ends the program with a traceback.
# expect: caught MemoryError()
# expect: caught MemoryError()
# expect: after 1000
print("start")
try:
    "1".zfill(2**40)
except MemoryError as e:
    print("caught", repr(e))
hoard = []
try:
    while True:
        hoard.append("y" * 1000)
except MemoryError as e:
    print("caught", repr(e))
hoard = None
print("after", len("z" * 1000))
xs = [0] * 10**9

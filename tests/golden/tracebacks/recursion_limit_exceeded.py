# Infinite recursion: caught here, then a short uncaught error.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
raise RecursionError("raised by hand")

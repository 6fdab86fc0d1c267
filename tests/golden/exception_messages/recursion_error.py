# Unbounded recursion raises RecursionError (a RuntimeError).
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, "|", e)
print("still running")

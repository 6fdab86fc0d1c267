# Accumulating callbacks with captured state.
handlers = []
for name in ["a", "b", "c"]:
    def handler(n=name):
        return "handled " + n
    handlers.append(handler)
print([h() for h in handlers])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))

# A comprehension over an endless generator: MemoryError.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


print("start")
squares = [n * n for n in naturals()]

def gen():
    while True:
        yield 1
print("start")
list(gen())

def f(x):
    while True:
        pass
print("start")
list(map(f, [1]))

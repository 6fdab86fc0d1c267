def key(x):
    while True:
        pass
print("start")
sorted([3, 1, 2], key=key)

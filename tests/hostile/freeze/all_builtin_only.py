print("start")
all(iter(object, 1))

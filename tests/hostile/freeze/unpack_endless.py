print("start")
a, *b = iter(int, 1)

print("start")
max(iter(int, 1))

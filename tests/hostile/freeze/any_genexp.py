print("start")
any(x == 1 for x in iter(int, 1))

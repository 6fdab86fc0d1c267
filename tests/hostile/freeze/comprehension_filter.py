print("start")
print([x for x in range(10**18) if x < 0])

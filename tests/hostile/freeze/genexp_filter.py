print("start")
print(sum(1 for x in range(10**18) if x < 0 if x > 0))

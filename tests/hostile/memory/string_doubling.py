# Doubling a string until memory runs out: MemoryError once the budget is reached.
print("start")
s = "x"
while True:
    s += s

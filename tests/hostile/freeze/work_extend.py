# Copies of a 100,000-item list into another (extend, +=, list()): charged like a loop.
print("start")
x = list(range(10**5))
while True:
    y = []
    y.extend(x)
    y += x
    z = list(x)

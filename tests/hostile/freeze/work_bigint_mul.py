# Products and quotients of 300,000-bit ints over and over: each charged by its limb products.
print("start")
x = 7 ** 10**5
y = 3 ** 10**5
while True:
    p = x * y
    q = p // y

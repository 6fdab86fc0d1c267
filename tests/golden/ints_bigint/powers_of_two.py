# Arbitrary-precision integers: powers.
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, -2 ** 63)
print(3 ** 50)
print(10 ** 30)
print(7 ** 77)
for n in (31, 32, 53, 62, 63, 64, 65, 127, 128):
    print(n, 2 ** n, -(2 ** n))
print(pow(2, 10), pow(2, 200))
print((2 ** 100) // (2 ** 98), (2 ** 100) % 1000)
print(len(str(2 ** 1000)))

# Results shrink back to small ints correctly.
big = 2 ** 200
print(big - big, big // big, big % 2, big * 0)
print((big + 1) - big, -(big) + big + 7)
print(type(big - big).__name__, (big - big) == 0)
n = 1
for _ in range(100):
    n *= 3
for _ in range(100):
    n //= 3
print(n)
d = {2 ** 100: "big", 1: "one"}
print(d[2 ** 100], d[2 ** 100 - 2 ** 100 + 1])
print(hash(2 ** 100 - 2 ** 100 + 5) == hash(5))

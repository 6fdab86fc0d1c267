# Factorials grow past 64 bits quickly.
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))
print(fact(100) // fact(98))
print(fact(52) % 1000003)

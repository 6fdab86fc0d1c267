# Mixed big and small arithmetic, negatives included.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a * -1, -a * -a)
print(abs(-a), a == a + 0, a < b, -b < -a)
print(a ** 3)
print((a * b) // b == a)
print(str(a)[:10], int(str(b)) == b)
print(float(2 ** 60), int(float(2 ** 60)))
print(a / 10 ** 20)

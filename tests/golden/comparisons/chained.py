# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 0 < x < 3, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = b = c = [1]
print(a == b == c, a is b is c, 1 != 2 != 1)

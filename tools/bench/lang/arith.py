# Arithmetic loops: small-int and float operations in while/for loops, locals only.
def int_loop(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc + i * 7 - (i // 3) + (i % 11)) % 1000003
        i += 1
    return acc


def float_loop(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x += y * 0.5 - x / 3.0
        y = y * 0.999 + 0.001 * i
    return x, y


def mixed(n):
    s = 0
    for i in range(1, n):
        if i & 1:
            s += i << 1
        else:
            s -= i >> 1
        s ^= i
    return s


N = 1200000  # loop iterations per function

print("int", int_loop(N))
x, y = float_loop(N)
print("float", round(x, 6), round(y, 6))
print("mixed", mixed(N))

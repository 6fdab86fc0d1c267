# Conditional expressions, including nested ones.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, "even" if n % 2 == 0 else "odd")
x = None
print(x if x is not None else "fallback")
print([("F" if i % 15 == 0 else "3" if i % 3 == 0 else "5" if i % 5 == 0 else i) for i in range(1, 16)])
value = (lambda: "called")() if True else (1 / 0)
print(value)
print(1 if [] else 2, (3 if 0 else 4) + 10)

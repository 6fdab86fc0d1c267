# Assignment expressions, semicolons, and line continuation.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
a = 1; b = 2; print(a + b)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,
]
print(values, [y for x in range(5) if (y := x * x) > 4])

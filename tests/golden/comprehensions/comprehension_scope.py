# Loop variables of comprehensions do not leak.
x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
n = 10
print([n + i for i in range(3)])
try:
    print([i for i in range(3)], i)
except NameError as e:
    print("NameError:", e)
def f():
    k = 3
    return [k * j for j in range(k)]
print(f())

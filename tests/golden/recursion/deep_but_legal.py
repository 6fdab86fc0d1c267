# Recursion well below the limit works; beyond it raises RecursionError.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100), depth(900))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(300))))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(10))

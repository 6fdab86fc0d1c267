# Recursive calls: the cost of a Python-level call and return, int compare and add.
N = 30  # sums fib(20) .. fib(N - 1); the work grows ~1.6x per step of N

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in range(20, N):
    total += fib(n)
print("fib", fib(N - 1), total)

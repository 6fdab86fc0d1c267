# Classic recursive definitions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([factorial(n) for n in range(8)], factorial(40))
print([fib(n) for n in range(15)])
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
print(fib_memo(90), len(memo))

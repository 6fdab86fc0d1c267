# Chaining generators into a pipeline.
def numbers(n):
    for i in range(n):
        print("  source", i)
        yield i
def squares(items):
    for x in items:
        yield x * x
def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x
for value in evens(squares(numbers(5))):
    print("sink", value)
print(sum(squares(range(4))))

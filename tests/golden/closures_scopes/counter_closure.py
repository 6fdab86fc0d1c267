# A closure keeps its enclosing variables alive.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multiplier(n):
    return lambda x: x * n
triple = make_multiplier(3)
print(triple(7), make_multiplier(10)(4))

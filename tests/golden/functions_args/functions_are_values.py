# Functions can be stored, passed and returned.
def double(x):
    return x * 2
def square(x):
    return x * x
ops = {"double": double, "square": square}
for name, fn in ops.items():
    print(name, fn(7), fn.__name__)
def apply_twice(fn, value):
    return fn(fn(value))
print(apply_twice(double, 3), apply_twice(square, 3))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(double, square)(5), compose(square, double)(5))
alias = double
print(alias(21), alias is double, callable(alias), callable(5))
print(list(map(square, [1, 2, 3])))

# Lambdas returning lambdas, and capturing variables.
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fs = [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in fs])
varargs = lambda *a, **k: (a, k)
print(varargs(1, 2, z=3))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])

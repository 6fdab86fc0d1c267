# Unpacking at the call site with * and **.
def show(a, b, c=0, d=0):
    print(a, b, c, d)

args = (1, 2)
kwargs = {"c": 3, "d": 4}
show(*args)
show(*args, **kwargs)
show(*[1], *[2], c=5)
show(1, *range(2, 4))
show(**{"a": "x", "b": "y"}, d="z")
show(*"ab", **{"d": 9})
print(*range(5))
print(*[], "only")
print(*{"k1": 1, "k2": 2})

# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
def head_and_rest(first, *rest, sep="-"):
    return sep.join([str(first)] + [str(r) for r in rest])
print(head_and_rest(1), head_and_rest(1, 2, 3), head_and_rest(1, 2, sep="+"))
values = [4, 5, 6]
print(total(*values), total(*values, 10, *range(3)))

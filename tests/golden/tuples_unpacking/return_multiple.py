# Functions return tuples that callers unpack.
def stats(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
result = stats([1, 2])
print(result, type(result).__name__)
def split_name(full):
    first, _, last = full.partition(" ")
    return first, last
print(split_name("Ada Lovelace"), split_name("Plato"))
q, r = divmod(17, 5)
print(q, r)

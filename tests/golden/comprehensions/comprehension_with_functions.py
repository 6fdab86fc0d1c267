# Comprehensions calling functions, methods and conditional expressions.
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(40) if is_prime(n)])
names = ["  Ada ", "bob", " CID"]
print([s.strip().title() for s in names])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print(sorted([w for w in "b a d c".split()], reverse=True))
print(sum([1 for c in "mississippi" if c == "s"]))

# Generator expressions are lazy.
gen = (x * x for x in range(4))
print(type(gen).__name__)
print(next(gen), next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1, 2]))
def noisy(n):
    print("producing", n)
    return n
lazy = (noisy(i) for i in range(3))
print("nothing produced yet")
for v in lazy:
    print("got", v)
print(", ".join(str(i) for i in range(3)), tuple(c for c in "ab"))

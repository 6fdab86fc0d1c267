# Generator expressions and dict comprehensions get their own frames.
def mean_inverse(xs):
    return sum(1 / x for x in xs) / len(xs)


def index(words):
    return {w: len(w) // (len(w) - 3) for w in words}


print(mean_inverse([1, 2, 4]))
print(index(["four", "seven"]))
print(mean_inverse([1, 0]))

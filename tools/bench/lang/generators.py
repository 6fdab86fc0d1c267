# Generator pipeline: generators feeding generators, generator expressions, sum/any/all.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squared(xs):
    for x in xs:
        yield x * x


def windows(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)


N = 100000  # the unit of work; each part scales with it

total = sum(squared(evens(numbers(18 * N))))
print("pipeline", total)
print("genexpr", sum(x % 7 for x in range(15 * N) if x % 3), any(x > 15 * N - 2 for x in range(15 * N)))
print("all", all(x < 10 ** 6 for x in numbers(5 * N)))
w = 0
for a, b, c in windows(numbers(5 * N), 3):
    w += a * b - c
print("windows", w)

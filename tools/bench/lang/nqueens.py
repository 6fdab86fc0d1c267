# N queens by generating permutations: generators, sets, tuples and genexps.
N = 8  # board size


def permutations(items):
    # all orderings of `items` (a tuple), lexicographic by position
    n = len(items)
    if n <= 1:
        yield items
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def queens(n):
    cols = tuple(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


for round_ in range(3):
    solutions = list(queens(N))
    print("nqueens", round_, N, len(solutions), solutions[0], solutions[-1])

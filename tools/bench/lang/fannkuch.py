# Fannkuch-redux: permutations of a list, slice reversal, list indexing in tight loops.
N = 9  # permutations of range(N)


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        # next permutation (the rotation order of the classic benchmark)
        while True:
            if r == n:
                return checksum, max_flips, permutations
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips, perms = fannkuch(N)
print("fannkuch", N, checksum, flips, perms)

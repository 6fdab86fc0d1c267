# Spectral norm of an infinite matrix: nested loops of float math and small function calls.
N = 200  # matrix size


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def times_ata(v):
    return times_transposed(times(v))


u = [1.0] * N
for _ in range(10):
    v = times_ata(u)
    u = times_ata(v)
vbv = 0.0
vv = 0.0
for ue, ve in zip(u, v):
    vbv += ue * ve
    vv += ve * ve
print(f"spectral_norm {(vbv / vv) ** 0.5:.9f}")

# A sweep of values whose repr must match CPython exactly.
for i in range(1, 21):
    print(i, i / 10, i / 3, i * 0.1, 1 / i, i ** 0.5, i * 1e-7, i * 1e15)

# ProcessPoolExecutor for CPU-bound work, as tutorials write it (top-level functions, main guard)
import math
from concurrent.futures import ProcessPoolExecutor, as_completed


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def count_primes(limit):
    return sum(1 for n in range(limit) if is_prime(n))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(is_prime, [2, 15, 17, 21, 97])))
        futures = {pool.submit(count_primes, n): n for n in (100, 1000, 5000)}
        results = {}
        for f in as_completed(futures):
            results[futures[f]] = f.result()
    print(sorted(results.items()))

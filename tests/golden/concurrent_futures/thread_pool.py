# ThreadPoolExecutor: submit, result, map, as_completed, the with block waiting for its calls
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def download(name, seconds):
    time.sleep(seconds)
    return f"{name} ({seconds}s)"


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, n, s) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    print([f.done() for f in futures])
    for f in as_completed(futures):
        print("completed:", f.result(), f.done(), f.running(), f.cancelled())
# wall-clock time in CPython (a loaded machine adds a little), virtual time in the playground
print("three calls in about 0.3s:", 0.25 <= time.perf_counter() - start < 0.5)

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(download, "wxyz", [0.2, 0.1, 0.2, 0.1])
    print(type(results).__name__)
    print(list(results))
print("four calls on two workers in about 0.3s:", 0.25 <= time.perf_counter() - start < 0.5)

start = time.perf_counter()
pool = ThreadPoolExecutor(max_workers=1)
f1 = pool.submit(download, "first", 0.1)
f2 = pool.submit(download, name="second", seconds=0.1)
print(f2.result(), f1.done())
pool.shutdown()
print("one worker, about 0.2s:", 0.15 <= time.perf_counter() - start < 0.4)
try:
    pool.submit(download, "late", 0)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor() as pool:
    squares = list(pool.map(lambda x: x * x, range(10)))
print(squares)
print(concurrent.futures.ThreadPoolExecutor is ThreadPoolExecutor)

# threads on the clock: join waits for the thread, is_alive while it sleeps, join(timeout),
# a lock released by a thread after a sleep makes the next taker wait
import threading
import time

results = []
def worker(n, delay):
    time.sleep(delay)
    results.append(n)

start = time.monotonic()
t = threading.Thread(target=worker, args=(1, 0.2))
t.start()
t.join(timeout=0.05)
print("after join(0.05): alive", t.is_alive())
t.join()
print("results", results)
print("after join(): alive", t.is_alive(), "waited about 0.2 s:", 0.15 < time.monotonic() - start < 0.5)

lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.2)
h = threading.Thread(target=holder)
h.start()
time.sleep(0.05)
start = time.monotonic()
print("acquire with timeout 0.01:", lock.acquire(timeout=0.01))
print("acquire:", lock.acquire())
print("waited for the holder:", 0.08 < time.monotonic() - start < 0.5)
lock.release()
h.join()
print("enumerate:", [t.name for t in threading.enumerate()])

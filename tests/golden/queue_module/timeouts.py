import queue
import time

# a get or put that waits with a timeout and that nothing can satisfy: the timeout passes
q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("Empty after the timeout:", 0.5 <= time.monotonic() - start < 5)
q = queue.Queue(maxsize=1)
q.put("x")
start = time.monotonic()
try:
    q.put("y", timeout=0.25)
except queue.Full:
    print("Full after the timeout:", 0.25 <= time.monotonic() - start < 5)
try:
    q.get(timeout=0)
    q.get(timeout=0)
except queue.Empty:
    print("Empty with timeout=0")
print(q.get(block=True, timeout=1) if not q.empty() else "nothing")

for make, call in [(queue.Queue, "get"), (queue.SimpleQueue, "get")]:
    qq = make()
    qq.put(1)
    try:
        getattr(qq, call)(timeout=-1)
    except ValueError as e:
        print(make.__name__, "ValueError:", e)
bq = queue.Queue(maxsize=3)
try:
    bq.put(1, timeout=-1)
except ValueError as e:
    print("put ValueError:", e)
print(bq.qsize())
bq.put(2)
print(bq.get(False, -5))
uq = queue.Queue()
uq.put(1, timeout=-1)
print(uq.qsize())

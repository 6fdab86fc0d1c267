import queue

q = queue.Queue()
for item in ["first", "second", "third"]:
    q.put(item)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
while not q.empty():
    print(q.get())
print(q.qsize(), q.empty())

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(job)
while not pq.empty():
    priority, name = pq.get()
    print(priority, name)

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put_nowait("b")
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait("c")
except queue.Full:
    print("Full")
try:
    bounded.put("c", block=False)
except queue.Full as e:
    print("Full again", repr(e))
print(bounded.get_nowait(), bounded.get(block=False))
try:
    bounded.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__name__)

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")

# the producer/consumer pattern with task_done/join (everything done before join)
work = queue.Queue()
for n in range(5):
    work.put(n * n)
results = []
while True:
    try:
        item = work.get_nowait()
    except queue.Empty:
        break
    results.append(item + 1)
    work.task_done()
work.join()
print(results, work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__, queue.Queue[int])
q = queue.Queue(maxsize=-1)
for i in range(3):
    q.put(i)
print(q.full(), q.qsize())

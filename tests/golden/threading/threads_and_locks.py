# threading: Lock/RLock, Thread(target, args) start/join/name/daemon/is_alive, threading.local,
# Event set by a thread, idents, excepthook, a Thread subclass
import threading, time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print(lock.locked())

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc, args=(1000,)) for _ in range(4)]
print([t.name for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.is_alive() for t in threads])

data = threading.local()
data.x = "main"
def show():
    print("thread sees x:", getattr(data, "x", None))
    data.x = "thread"
    print("thread set x:", data.x)
t = threading.Thread(target=show, name="shower")
t.start(); t.join()
print("main still:", data.x)
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)

ev = threading.Event()
def setter():
    time.sleep(0.05)
    ev.set()
t = threading.Thread(target=setter, daemon=True)
print(t.daemon, repr(t).split(",")[0])
t.start()
print(ev.wait(), ev.is_set())
t.join()
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
ids = []
def rec():
    ids.append((threading.get_ident(), threading.get_native_id()))
a = threading.Thread(target=rec); b = threading.Thread(target=rec)
a.start(); a.join(); b.start(); b.join()
print(ids[0] != ids[1], ids[0][0] != threading.get_ident(), a.ident == ids[0][0], b.native_id == ids[1][1])
try:
    a.start()
except RuntimeError as e:
    print("RuntimeError:", e)
c = threading.Thread(target=rec)
try:
    c.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count(), len(threading.enumerate()))
def boom():
    raise ValueError("boom")
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=boom); t.start(); t.join()
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print("run", self.name, self.n)
m = MyThread(7); m.start(); m.join()
print(repr(m).split(" ")[0])
print(type(lock).__name__, type(threading.RLock()).__name__)

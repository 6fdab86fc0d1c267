# CPU clocks: process_time and thread_time (and their _ns forms) never go back, and sleeping
# uses no CPU time. (The playground's are 0.0: computing takes no virtual time.)
import time

start = time.process_time()
start_ns = time.process_time_ns()
thread_start = time.thread_time()
print(type(start).__name__, type(start_ns).__name__, type(thread_start).__name__,
      type(time.thread_time_ns()).__name__)
print(start >= 0, start_ns >= 0, thread_start >= 0)
total = sum(i * i for i in range(1000))
time.sleep(0.2)
after = time.process_time()
print(after >= start, time.process_time_ns() >= start_ns, time.thread_time() >= thread_start)
print("sleeping used less than 0.1 s of CPU:", after - start < 0.1)
print(time.perf_counter() >= 0.2)

# timeit with callables: the number of calls and what the timer measures (sleeping takes its
# time; computing is not checked here since it depends on the machine).
import time
import timeit

calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) >= 0, len(calls))
print(round(timeit.timeit(lambda: time.sleep(0.1), number=3), 1))
print([round(t, 1) for t in timeit.repeat(lambda: time.sleep(0.05), repeat=3, number=2)])
t = timeit.Timer(lambda: calls.append(2), setup=lambda: calls.append('setup'))
t.timeit(number=2)
print(calls[7:], t.timer is timeit.default_timer, timeit.default_timer is time.perf_counter)
print(timeit.timeit(number=5) >= 0, timeit.default_number, timeit.default_repeat)
try:
    timeit.Timer(42)
except ValueError as e:
    print('ValueError', e)

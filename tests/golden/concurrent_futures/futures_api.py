# concurrent.futures.Future: exceptions, callbacks, timeouts, cancel, wait, states
import re
import time
from concurrent import futures
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Future,
                                ThreadPoolExecutor, wait)


def show(f):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(f)))


def slow(seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise ValueError(f"failed after {seconds}")
    return seconds


with ThreadPoolExecutor(max_workers=4) as pool:
    bad = pool.submit(slow, 0.1, True)
    try:
        bad.result()
    except ValueError as e:
        print("result() raised", repr(e))
    print("exception():", repr(bad.exception()))
    show(bad)
    good = pool.submit(slow, 0.1)
    print(good.result(), good.exception())
    show(good)
    good.add_done_callback(lambda f: print("callback on a done future:", f.result()))
    print("cancel a finished one:", good.cancel())

    long = pool.submit(slow, 0.5)
    try:
        long.result(timeout=0.1)
    except futures.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e))
    print(long.result())

    fs = [pool.submit(slow, 0.3), pool.submit(slow, 0.1, True), pool.submit(slow, 0.2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", sorted(f.exception() is not None for f in done), len(not_done))
    r = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", len(r.done), len(r.not_done))
    r = wait(fs, timeout=5, return_when=ALL_COMPLETED)
    print("all:", len(r.done), len(r.not_done), type(r).__name__)

f = Future()
show(f)
print(f.running(), f.done(), f.set_running_or_notify_cancel(), f.running())
show(f)
f.add_done_callback(lambda fut: print("callback:", fut.result()))
f.set_result(42)
show(f)
try:
    f.set_result(43)
except futures.InvalidStateError as e:
    print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))

g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
show(g)
try:
    g.result()
except futures.CancelledError as e:
    print("CancelledError", repr(e), isinstance(e, futures.CancelledError))
h = Future()
h.set_exception(KeyError("k"))
show(h)
print(repr(h.exception()))
print(futures.FIRST_COMPLETED, futures.FIRST_EXCEPTION, futures.ALL_COMPLETED)
print(issubclass(futures.BrokenExecutor, RuntimeError), futures.CancelledError.__mro__[1].__name__)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

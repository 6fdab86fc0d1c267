# sched.scheduler: events run in time order, then priority; enter() is relative to now
import sched
import time

start = time.monotonic()
s = sched.scheduler(time.monotonic, time.sleep)


def tenths():
    # whole tenths of a second since the start (CPython's real sleeps may overshoot a little)
    return int((time.monotonic() - start) * 10 + 1e-6) / 10


def say(name, when=None):
    elapsed = tenths()
    print(f"{name} at {elapsed}" + (f" ({when})" if when else ""))


s.enter(0.1, 1, say, ("first",))
now = time.monotonic()
s.enterabs(now + 0.2, 1, say, ("second",))
s.enterabs(now + 0.2, 0, say, ("second, higher priority",))
s.enter(0.3, 1, say, argument=("third",), kwargs={"when": "last"})
print(len(s.queue), s.empty())
print([e.priority for e in s.queue])
print([e.argument for e in s.queue])
s.run()
print(s.empty(), s.queue)
print(tenths())

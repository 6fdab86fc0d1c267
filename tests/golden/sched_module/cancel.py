# Cancelling events, non-blocking runs, events that add events, Event's fields
import sched
import time

s = sched.scheduler()
log = []
e1 = s.enter(0.05, 1, log.append, ("a",))
e2 = s.enter(0.1, 1, log.append, ("b",))
e3 = s.enter(0.1, 1, log.append, ("c",))
print(type(e1).__name__, e1._fields)
print(e1.sequence, e2.sequence, e3.sequence, e1.kwargs, e1.argument)
print(e2 < e3, e1 < e2)
s.cancel(e2)
print([e.argument for e in s.queue])
try:
    s.cancel(e2)
except ValueError as e:
    print("ValueError", e)
wait = s.run(blocking=False)
print(type(wait).__name__, 0 < wait <= 0.05)
s.run()
print(log)


def tick(n):
    log.append(n)
    if n < 3:
        s.enter(0.01, 1, tick, (n + 1,))


log.clear()
s.enter(0, 1, tick, (1,))
s.run()
print(log)
# a fake clock and delay function: nothing real waits
now = [100.0]
fake = sched.scheduler(lambda: now[0], lambda d: now.__setitem__(0, now[0] + d))
fake.enterabs(105, 2, print, ("at 105",))
fake.enterabs(103, 2, print, ("at 103",), {"end": "!\n"})
fake.enterabs(105, 1, print, ("at 105 first",))
fake.run()
print(now[0])
e = fake.enterabs(1, 1, print)
print(e.time, e.priority, e.argument, e.kwargs)
print(fake.run(blocking=False))

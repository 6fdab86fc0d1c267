# Objects with finalizers are found among the unreachable through a list of the watched ones:
# generators finished (no longer watched) and then dropped, cycles with __del__ found only by
# gc.collect(), one alone or several at once (oldest first), and watched objects that stay
# alive across collections.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


done = [gen(i) for i in range(5)]
for g in done:
    print(list(g))
del done, g
print("collect after finished generators", gc.collect() >= 0)

left = [gen(i) for i in range(10, 13)]
for g in left:
    next(g)
del g
left.clear()
print("cleared")


def cycle(name):
    a = D(name)
    a.me = a


cycle("solo")
print("solo", gc.collect() > 0)

for i in range(3):
    cycle(f"c{i}")
print("three", gc.collect() > 0)

keep = [D(f"k{i}") for i in range(4)]
for _ in range(3):
    gc.collect()
print("kept alive", [d.name for d in keep])
keep.clear()
for i in range(2):
    cycle(f"late{i}")
keep = D("last")
print("end", gc.collect() > 0)

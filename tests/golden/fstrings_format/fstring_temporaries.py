# f-strings whose formatted parts are freed as soon as the f-string is built: the parts and the
# results must stay intact wherever else they went.
import gc


def parts(n):
    out = []
    for i in range(n):
        out.append(f"{i}:{i * 3:>6}|{i / 7:.2f}")
    return out


xs = parts(3000)
gc.collect()
print(xs[0], xs[1234], xs[-1], len(xs))

# A one-part f-string's result is a value like any other; later f-strings use it.
a = f"{12345:>8}"
b = f"{2.5:.3f}"
c = f"{a}{b}"
d = f"{a}-{a}|{b!s}|{b:}"
print(repr(a), repr(b), repr(c), repr(d))
print(a, b)

# The same value twice, a nested spec, a nested f-string.
w = 9
v = 3.14159
print(f"[{v:{w}.{2}f}][{v:>{w}}][{f'{v:.1f}'}|{w:03}]")
spec = f"{w}"
print(f"<{v:{spec}}>", spec)

# A formatted part kept by a callee before the f-string is built.
kept = []


def keep(x):
    s = f"{x:,}"
    kept.append(s)
    return s


print(f"{12345678:,}/{keep(9876543)}/{keep(1000):>10}/{7:b}")
print(kept)

# A part that raises half way: the parts made before it are dropped.
class Bad:
    def __format__(self, spec):
        raise ValueError("bad " + spec)


try:
    print(f"{1234567:x}{Bad():zz}{5}")
except ValueError as e:
    print("ValueError", e)

# __format__ returning a str it also keeps.
class Keeper:
    def __init__(self):
        self.seen = []

    def __format__(self, spec):
        s = f"<{spec}>"
        self.seen.append(s)
        return s


k = Keeper()
for i in range(3):
    t = f"{i * 1000:>7}{k:{i}}{i / 3:.4f}{k}"
    print(t)
print(k.seen)

# A generator suspended inside an f-string keeps its parts.
def gen():
    x = yield
    print("built", f"{123456:>9}|{x}|{(yield 'mid')}|{654321:x}")


g = gen()
next(g)
print(g.send("first"))
other = [f"{i:>5}{i:<5}" for i in range(5)]
gc.collect()
try:
    g.send("second")
except StopIteration:
    pass
print(other)

# Ints, floats, big ints and str subclasses as parts.
class S(str):
    pass


big = 10**30
print(f"{big}:{big:>40}|{-big:_}|{S('sub')}|{S('x'):>4}|{True}|{None}")
print(f"{'x'}{'y'}" == "xy", f"{5}" == str(5), [f"{c}" for c in "ab"])

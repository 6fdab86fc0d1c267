# Copies and set algebra over 100,000 entries (dict(d), d.copy(), update, |, &, -, <=,
# list.reverse): each a walk over every entry in one call, charged before it starts.
print("start")
d = dict.fromkeys(range(10**5))
s = set(range(10**5))
t = set(range(1, 10**5 + 1))
x = list(range(10**5))
while True:
    d2 = dict(d)
    d2.update(d)
    u = s | t
    v = s & t
    w = s - t
    s <= t
    x.reverse()

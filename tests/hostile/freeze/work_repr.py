# str()/repr() of a list, a dict and a set of 100,000 items: a tick per item.
print("start")
a = list(range(10**5))
d = dict.fromkeys(range(10**5))
s = set(range(10**5))
while True:
    repr(a)
    str(d)
    str(s)

# Negative and large steps.
a = list(range(10))
print(a[5:1:-1], a[5:1:-2], a[1:5:-1], a[::-3], a[-2::-2], a[:5:-1], a[8:2:-3])
print(a[::100], a[::-100], a[9:-11:-1], a[-11:9:2])
t = tuple("abcdefgh")
print(t[::2], t[::-2], t[6:0:-2])
print(range(10)[::-2], list(range(10)[1:8:3]))

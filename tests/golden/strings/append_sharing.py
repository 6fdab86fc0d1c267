# s += x may write into spare room after s's text: every str made along the way must keep
# its own text (aliases, dict keys, slices, hashes), whatever is appended later.
s = ""
for i in range(40):
    s += str(i % 10)
t = s  # an alias: appending to s must not change t
s += "x"
print(t)
print(s)
print(len(t), len(s), t == s[:-1], t is not s)

# two appends to the same str: the second must not see the first's text
u = t + "y"
v = t + "zz"
print(u[-3:], v[-3:], len(u), len(v))
w = u + "!"
print(w[-4:], u[-3:])

# dict keys made before and after appends
d = {}
k = "key-" * 5
for n in range(6):
    d[k] = n
    k += str(n)
print(len(d), sorted(d.values()))
print([key[-3:] for key in d])
print(d["key-" * 5 + "0123"], ("key-" * 5 + "012") in d, ("key-" * 5 + "01234") in d)

# hashes stay those of the text
a = "abc" * 10
b = a + "def"
c = "abc" * 10 + "def"
print(hash(a) == hash("abc" * 10), hash(b) == hash(c), b == c, {b: 1}[c])

# slices and indexing of grown strs
g = "0123456789" * 3
g2 = g + "ABCDEFGHIJ"
g3 = g2 + "KLMNOPQRST"
print(g[-5:], g2[-5:], g3[-5:], g2[25:35], g3[-1], g2[-1], g[-1])
print(g2.find("K"), g3.find("K"), g2.endswith("J"), g3.count("A"))

# non-ASCII appends: code point lengths, indexing and slices
n = "grüße-" * 4
n1 = n + "é"
n2 = n1 + "€uro"
n3 = n + "ascii"
print(len(n), len(n1), len(n2), len(n3))
print(n1[-2:], n2[-5:], n3[-6:], n2[24], n2[::-1][:5])
print(n2.upper()[-6:], n1.encode()[-4:], n3.isascii(), ("ab" * 10 + "x").isascii())

# s = s + x builds the same way; the old value stays
p = "start-of-a-long-text"
history = []
for i in range(5):
    history.append(p)
    p = p + "<" + str(i) + ">"
print(p)
print([len(h) for h in history], history[2])

# appending a str to itself
q = "selfsame-string!"
q2 = q + q
q3 = q2 + q2
print(q2, len(q3), q3.count("selfsame"))
q += q
print(q == q2)


# str subclasses: += makes a plain str (no in-place growth of the subclass)
class Tag(str):
    pass


tg = Tag("a-tag-long-enough-to-share")
tg2 = tg
tg += "!"
print(type(tg).__name__, type(tg2).__name__, tg, tg2)
base = "plain-long-enough-text"
joined = base + Tag("-sub")
print(type(joined).__name__, joined, base)


class Loud(str):
    def __add__(self, other):
        return Loud("".join((self, other)).upper())


lo = Loud("quiet-and-long-text")
lo += "-more"
print(type(lo).__name__, lo)

# many appends, then reads of every intermediate kept
parts = []
acc = ""
for i in range(200):
    acc += chr(97 + i % 26)
    if i % 37 == 0:
        parts.append(acc)
print([len(x) for x in parts], [x[-3:] for x in parts])
print(len(acc), acc[:30], acc[-30:])
print(sum(len(x) for x in parts), len(set(parts)))

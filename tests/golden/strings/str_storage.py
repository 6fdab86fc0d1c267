# strs of every size class: their text lives with the object (or in a shared block when made by
# appending); lengths in code points of joins and f-strings of mixed ASCII and non-ASCII parts;
# str subclass instances (with attributes) of every size; case mapping into the new str.


class Tag(str):
    pass


for n in (0, 1, 5, 6, 21, 22, 37, 200, 300, 5000):
    s = "ab" * (n // 2) + "c" * (n % 2)
    t = Tag(s)
    t.note = n
    u = Tag("é" * n)
    u.note = -n
    print(n, len(s), len(t), t == s, t.note, type(t).__name__, len(u), u[:3], u.note, s[-3:])
    print(s.upper()[-4:], (s + "Ü").lower()[-4:], len((s + "Ü").upper()), s.title()[:5])

parts = ["a", "é", "", "日本", "x" * 40, "𝄞"]
for sep in ("", ",", "–", "ab"):
    j = sep.join(parts)
    print(repr(j), len(j), j[len(j) // 2], j[-1], j.count(sep) if sep else 0)
print(repr("".join([])), repr("-".join(["solo"])), len("é".join(["a"] * 50)))
print(repr("".join(["", ""])), "".join(["", ""]) == "")

for i in (0, 7, 123456):
    f = f"{i}:{i * 3:>6}|{i / 7:.2f}|{'ü' * (i % 4)}|{'日'}"
    print(repr(f), len(f), f[-1], f[3:9])
print(repr(f""), repr(f"{''}{''}"), len(f"{'é'}{'x' * 30}{'é'}"))

chars = "héllo wörld 😀!"
print([c for c in chars], [chars[i] for i in range(len(chars))])
print("".join(reversed(chars)))

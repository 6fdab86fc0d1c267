# repr() of strs whose one special character (a quote, a backslash, a control character, DEL,
# a non-ASCII letter or an unprintable code point) sits at every offset of texts around 8, 16
# and 24 characters long: the repr copies runs of plain ASCII several bytes at a time, and each
# special one must end its run wherever it falls. Lists and f-strings repr their items the same.
specials = ["'", '"', "\\", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", " ", "~", "é", "\u200b", "😀"]
for n in (7, 8, 9, 15, 16, 17, 24):
    for sp in specials:
        for i in range(n):
            s = "a" * i + sp + "b" * (n - 1 - i)
            print(n, i, repr(s))
# both quotes: single quotes, the ' escaped
for i in range(10):
    print(repr("x" * i + "'" + "y" * 5 + '"' + "z" * (9 - i)))
# every ASCII character in one text, and shifted by one to seven places
text = "".join(chr(c) for c in range(128))
for k in range(8):
    print(repr(text[k:] + text[:k]))
print([("q" * k) + "\\" for k in range(12)])
print(f"{'tab	here'!r} {'plain text of some length'!r}")

# splitlines skips runs of plain ASCII a word at a time: every break character at every
# position around word boundaries, with and without keepends; hashes of strs of every length
# (computed a few bytes a round) stay those of sets and dicts.
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
not_breaks = ["\x1f", "\t", " ", "~", "\x7f", "é", "\x00"]
total = 0
for b in breaks + not_breaks:
    for pos in range(0, 20):
        s = "abcdefghijklmnopqrstu"[:pos] + b + "ABCDEFGHIJ"
        lines = s.splitlines()
        kept = s.splitlines(True)
        assert "".join(kept) == s
        total += len(lines) + len(kept)
        if pos in (0, 7, 8, 9, 16):
            print(repr(b), pos, lines, kept)
print(total)
print("".splitlines(), "\n".splitlines(), "a\n\nb\r\r\nc".splitlines(True), "x" * 17 + "\r")
print(("word " * 9 + "\n") * 3 == "\n".join(["word " * 9] * 3) + "\n")
print([len(x) for x in ("long line without any break at all " * 5 + "\nend").splitlines()])

words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi"]
d = {}
for w in words + [w.upper() for w in words] + [w + "é" for w in words]:
    d[w] = len(d)
print(len(d), [d[w] for w in words], d.get("ABCDEFGH"), d.get("abcé"), d.get("abcdefghij"))
print(sorted(set(words) - {"abc"}) == sorted(w for w in words if w != "abc"))

# A repeated group over a long text matches as in CPython (the playground's matcher recurses,
# so it makes room for the text it consumes); the program's recursion limit is unchanged after.
import re
import sys

for n in (100, 1000, 5000):
    m = re.fullmatch(r"(?:ab)+", "ab" * n)
    print(n, m.end())
    words = re.match(r"((\w+)\s)+", "word " * n)
    print(words.group(2), words.end(), words.span(1))
    print(len(re.findall(r"(?:\d+,)*\d+", ",".join(map(str, range(n))))))
    print(re.sub(r"(a|b)+", "X", "ab" * n + "c"))
print(sys.getrecursionlimit())
print(bool(re.search(r"^(\w+\s?)*$", "one two three " * 300)))

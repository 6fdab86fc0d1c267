# strip/lstrip/rstrip: whitespace (ASCII and Unicode), ASCII and non-ASCII character sets,
# characters at the bitmap's edges (\x00, ?, @, \x7f), empty sets and strings, argument errors.
cases = ["  hi  ", "", "   ", "..,x,..", "\u00e9\u00e9x\u00e9", "x\u00e9", "\u3000 a \u3000", "\t\n a\x1c\x85", "abcba", "\u00e9", "a\u00e9b\u00e9a"]
sets = [None, ".,", "\u00e9", "a\u00e9", "ab", "", " \u3000", "\x00", "\x7f\u00e9b"]
for c in cases:
    for s in sets:
        print(repr(c), repr(s), repr(c.strip(s)), repr(c.lstrip(s)), repr(c.rstrip(s)))
print(repr("\x7fab\x7f".strip("\x7f")), repr("?a?".strip("?")), repr("@a@".strip("@")))
try:
    "x".strip(5)
except TypeError as e:
    print(e)
try:
    "x".lstrip(1, 2)
except TypeError as e:
    print(e)
try:
    "x".rstrip(chars="a")
except TypeError as e:
    print(e)

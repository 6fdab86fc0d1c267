# split with a one-character separator (found byte by byte) next to longer ones: empty pieces
# at the ends and between separators, maxsplit, non-ASCII text around an ASCII separator,
# keyword arguments, and the errors of the argument checks.
cases = ["a-b-c", "-a--b-", "", "-", "--", "abc", "é-ü-€-😀", "x-é", "ITEM-123"]
for s in cases:
    print(repr(s), s.split("-"), s.split("-", 1), s.split("-", 0), s.split("-", -1))
print("a,b,,c".split(","), "a b  c".split(" "), "a\tb".split("\t"), "é€é".split("€"))
print("a-b-c".split(sep="-"), "a-b-c".split("-", maxsplit=1), "a-b-c".split(maxsplit=1, sep="-"))
print("a b c".split(None, 1), "a-b".split("-", True), " a b ".split(), "x--y".split("--"))
parts = "k-v".split("-")
print(parts[0] is "k-v".split("-")[0], len("ITEM-7".split("-")))
for bad in [("-", 1, 2), (1,), ("",)]:
    try:
        "a-b".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "a-b".split(sepp="-")
except TypeError as e:
    print("TypeError", e)
try:
    "a-b".split("-", "1")
except TypeError as e:
    print("TypeError", e)

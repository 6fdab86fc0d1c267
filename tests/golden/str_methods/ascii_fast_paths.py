# ASCII fast paths of replace, split, strip, startswith and the case mappings: results,
# identity where CPython shares an object, and errors.
e = ""
s = "abc"
print(e.lower() is e, e.upper() is e, e.swapcase() is e, e.title() is e)
print(e.capitalize() is e, e.casefold() is e)
one = "A"
print(one.lower(), one.lower() is one.lower(), s.upper().lower() == s)

print("VALUE 42".replace("VALUE", "v"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abcabc".replace("abc", ""), repr("abc".replace("abc", "")), "abc".replace("abc", "") is e)
print("a-b-c-d".replace("-", "+", 2), "a-b-c-d".replace("-", "+", 0), "a-b".replace("-", "", -1))
print("xyx".replace("x", "long text"), "x".replace("x", "yy"), "ab".replace("b", ""))
print(s.replace("z", "y") is s, s.replace("b", "b"), "ab".replace("b", "é"), "é-é".replace("-", "+"))
t = "aXbXc"
print(t.replace("X", "-", 1), t.replace("X", "--"), len(t.replace("X", "")))
try:
    s.replace("a", 1)
except TypeError as exc:
    print("TypeError", exc)
try:
    s.replace("a")
except TypeError as exc:
    print("TypeError", exc)

words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
print(words.split(), len(words.split()), words.split(None, 3), words.split(" ", 13)[-2:])
print("a,b,,c".split(","), "".split(), "  ".split(), "x".split("x"))

print("...word,".strip(".,;:!?"), "word".strip(".,;:!?"), "!?".strip(".,;:!?") is e)
print("..a..".strip(".,"), "..a..".lstrip(".,;"), "..a..".rstrip(".,;:"), "a".strip("a"))
print("xxhixx".strip("x"), "abcba".strip("ab"), "abcba".strip("abc"), "ab".strip("ab"))
print("  é  ".strip(), "éaé".strip("é"), "aéa".strip("a"))

print("ITEM-123".startswith("ITEM-1"), "ITEM-123".startswith("ITEM-1", 1), "abc".endswith("bc", 0, 3))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")))
try:
    "abc".startswith()
except TypeError as exc:
    print("TypeError", exc)
try:
    "abc".endswith("a", 1, 2, 3)
except TypeError as exc:
    print("TypeError", exc)
try:
    "abc".find()
except TypeError as exc:
    print("TypeError", exc)
print("abcabc".find("c", 3), "abcabc".rfind("a"), "abcabc".count("b"), "abcabc".index("c"))

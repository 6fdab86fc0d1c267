# center, ljust, rjust and zfill.
for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(7) + "]", "[" + w.ljust(7, ".") + "]", "[" + w.rjust(7, "*") + "]")
print("[" + "ab".center(7, "-") + "]", "[" + "ab".center(6, "-") + "]", "[" + "abc".center(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "12345".zfill(3), "".zfill(2))
print("x".ljust(0), "toolong".rjust(3))

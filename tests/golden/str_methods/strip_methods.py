# strip, lstrip and rstrip with and without characters.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("wcom."), "<<tag>>".strip("<>"))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""))
print("  a b  ".strip().split(" "))

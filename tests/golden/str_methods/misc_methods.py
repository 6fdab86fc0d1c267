# A few more common str methods.
print("tab\tseparated".expandtabs(4))
print("abc".isascii(), "\u00e9".isascii())
print("Hello".lower().upper())
print("one two".split(" ")[::-1], " ".join(reversed("one two".split())))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("x".join(["1", "2", "3"]).count("x"), "CamelCaseName".lower())
print(str.upper("abc"), str.join(",", ["p", "q"]), "abc".__len__())

# repr() picks quotes and escapes like CPython.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\there",
          "back\\slash", "caf\u00e9", "\x00\x07\x1b", "\u4e2d\u6587", "\r\n", "\x7f", " "]:
    print(repr(s))
print([ "a'b", 'c"d' ])
print(str("it's"), repr(repr("x")))

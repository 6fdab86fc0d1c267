# str.is*() over all of Unicode: digits, decimals and numerics, letters of many scripts,
# cased letters (upper, lower, title), spaces, printable characters and identifiers.
samples = ["٣", "٣٤٥", "²", "½", "Ⅻ", "一", "六", "①", "𝟙𝟚", "৪", "߃", "abc", "ABC", "Abc",
           "ǅ", "ǅa", "ªº", "ǈ", "ß", "ʰ", "ǃ", "ᾼ", "ⓐ", "Ⓐ", "Ⅰⅰ", "x\u0301", "\u0301",
           "\u00a0", "\u2028", "\u200b", "\u3000", "\u1680", "\u0085", "\u0378", "\ue000",
           "\u00ad", "_a", "1a", "a1", "℘", "·a", "a·", "é_1", "ℕ", "𐐀", "Ǳ", "ǲ", "ǳ",
           "ﬁ", "ᵃ", "Hello World", "Hello world", "HELLO", "hello", "ǅungla Ǆ", "", " "]
for s in samples:
    print(ascii(s).ljust(16), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(),
          s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
    print(" " * 16, s.isprintable(), s.isidentifier(), repr(s))

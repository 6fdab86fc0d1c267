# str case mappings over all of Unicode: full (one-to-many) mappings, titlecase letters,
# final sigma, casefold, and what each method does with characters that have no case.
words = ["straße", "ǅemal", "ǆungla", "ǄUNGLA", "ﬁnish", "İstanbul", "ŉ", "ΐ", "ᾳ",
         "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "Σ.Σ", "aΣ'", "aΣ'b", "ΑΣ\u0301", "Ⅻ ⓐⓑ", "µ ÿ ǰ",
         "ꭰꮃ", "𐐨𐐀", "o'neil mc-donald", "hello wORLD 42", "déjà VU", "ǉudevit", "Ⳁ"]
for w in words:
    print(ascii(w))
    print("  upper", w.upper(), ascii(w.upper()))
    print("  lower", w.lower(), ascii(w.lower()))
    print("  title", w.title(), "capitalize", w.capitalize())
    print("  swapcase", w.swapcase(), "casefold", w.casefold())
print(len("ß".upper()), "ß".upper() == "SS", "ß".casefold() == "ss", "ß".lower() == "ß")
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǅ".swapcase(), "ǅ".isupper(), "ǅ".istitle())
print("Straße".casefold() == "STRASSE".casefold(), "ΜΆΪΟΣ".lower(), "ΜΆΪΟΣ".title())
print("ﬀ".upper(), len("ﬀ".upper()), "ﬃ".title(), "ŉ".title(), "ǰ".upper())
print("İ".lower(), len("İ".lower()), ascii("İ".lower()), ascii("İ".casefold()))

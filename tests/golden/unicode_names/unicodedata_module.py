# unicodedata: lookup and name both ways, category, numeric, decimal, digit, their errors.
import unicodedata

print(unicodedata.unidata_version)
for ch in ["a", "\u00e9", "\u2022", "\u0663", "\u00bd", "\u4e00", "\uac01", "\U0001F600"]:
    print(ascii(ch), unicodedata.name(ch), unicodedata.category(ch))
for name in ["bullet", "LATIN SMALL LETTER SHARP S", "latin capital letter gha",
             "CJK UNIFIED IDEOGRAPH-9FA5", "HANGUL SYLLABLE HIH", "SNOWMAN"]:
    print(name, ascii(unicodedata.lookup(name)))
print(ascii(unicodedata.lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")))
print(unicodedata.name("\x00", "no name"), unicodedata.name("\ue000", None))
for ch in ["7", "\u0663", "\u00b2", "\u00bd", "\u2155", "\u4e07", "x"]:
    print(ascii(ch), unicodedata.numeric(ch, None), unicodedata.decimal(ch, None),
          unicodedata.digit(ch, None))
print([unicodedata.category(c) for c in "aA1 .\t\u0301\u2028$"])
for call in [
    lambda: unicodedata.lookup("NO SUCH THING"),
    lambda: unicodedata.lookup("x" * 300),
    lambda: unicodedata.lookup("hangul syllable gag"),
    lambda: unicodedata.name("\x00"),
    lambda: unicodedata.name("ab"),
    lambda: unicodedata.name(65),
    lambda: unicodedata.category(""),
    lambda: unicodedata.numeric("a"),
    lambda: unicodedata.decimal("\u00b2"),
    lambda: unicodedata.digit("\u00bd"),
    lambda: unicodedata.name(),
    lambda: unicodedata.category(),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

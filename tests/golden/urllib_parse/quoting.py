from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes)

for s in ["hello world", "a/b/c", "100% sure", "café", "naïve résumé", "a+b=c&d",
          "~user_name.txt", "日本語", "emoji 🎉", "", "!*'();:@&=+$,/?#[]", "\x00\x7f"]:
    print(repr(s), quote(s), quote_plus(s), quote(s, safe=""), quote_plus(s, safe="/"))

print(quote("a b/c", safe=":/"), quote("x y", safe=" "), quote("é", safe="é"))
print(quote("é", encoding="latin-1"), quote(b"a b\xff"), quote(bytearray(b"/x y")))
print(quote_plus(b"a b"), quote_plus("a b", safe="+"))
print(quote_from_bytes(b"a&b c"), quote_from_bytes(b"/a", safe=b""))

for s in ["hello%20world", "caf%C3%A9", "100%25", "a+b", "%zz%2", "%", "%e9",
          "%E6%97%A5%E6%9C%AC", "mixé%20x", "%C3", "no escapes", "%41%42%43"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%e9", encoding="latin-1"), unquote(b"a%20b"), unquote_to_bytes(""))
print(unquote("%ff", errors="ignore") == "", unquote_plus("a+%2B+b"))

for bad in [123, None]:
    try:
        quote(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    quote(b"x", encoding="utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    unquote(None)
except TypeError as e:
    print("TypeError:", e)

# codecs: encode/decode, lookup, rot13/hex/base64, BOM constants
import codecs

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin1"))
print(codecs.encode("hello"), codecs.decode(b"hello"))
print(codecs.encode("héllo", "ascii", "replace"), codecs.decode(b"h\xe9llo", "ascii", "ignore"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"hi!", "hex"), codecs.decode(b"686921", "hex"), codecs.decode("686921", "hex"))
print(codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "iso-8859-1", "L1", "ascii", "US-ASCII",
             "646", "utf-8-sig", "rot13", "hex", "base64", "Latin_1"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, isinstance(info, tuple), len(info))
info = codecs.lookup("utf-8")
print(info[0] is info.encode, info.decode(b"abc"), info.encode("abc"))
print(codecs.getencoder("utf-8")("añb"), codecs.getdecoder("latin-1")(b"a\xf1b"))
print(codecs.utf_8_decode(b"a\xc3", "strict", False), codecs.utf_8_decode(b"a\xc3\xa9"))
print(codecs.latin_1_encode("abc"), codecs.ascii_decode(b"xyz"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
print(codecs.encode("hi", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"),
      codecs.decode(b"hi", "utf-8-sig"))
print(repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))

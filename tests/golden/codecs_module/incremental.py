# Incremental encoders/decoders, iterencode/iterdecode, codecs.open over files
import codecs

dec = codecs.getincrementaldecoder("utf-8")()
data = "h\u00e9\u20ac\U0001f600!".encode("utf-8")
parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(parts, repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate(), repr(dec.decode(b"\xac")))
dec.decode(b"\xc3")
dec.reset()
print(dec.getstate())
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xc3", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
enc = codecs.getincrementalencoder("utf-8-sig")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
sig = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(sig.decode(b"\xef")), repr(sig.decode(b"\xbb\xbfok")))
print(list(codecs.iterencode(["a", "é", ""], "utf-8")))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))
print("".join(codecs.iterdecode([b"ab", b"c"], "ascii")))
with codecs.open("notes.txt", "w", encoding="utf-8") as f:
    f.write("première ligne\n")
    f.writelines(["deux\n", "trois €\n"])
with open("notes.txt", "rb") as f:
    print(f.read())
with codecs.open("notes.txt", "r", encoding="utf-8") as f:
    print(repr(f.readline()))
    print(f.read())
with codecs.open("notes.txt", encoding="utf-8") as f:
    print([line for line in f])
with codecs.open("notes.txt", "r", "latin-1") as f:
    print(f.readlines())
f = codecs.open("notes.txt")
print(f.read(5))
f.close()
w = codecs.getwriter("ascii")
import io
buf = io.BytesIO()
writer = w(buf)
writer.write("plain")
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("x\ny".encode()))
print(r.read())

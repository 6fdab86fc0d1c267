# io.TextIOWrapper over a BytesIO, and io.open (the built-in open)
import io

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8")
print(text.write("héllo\n"), text.write("wörld\n"))
text.flush()
print(raw.getvalue(), text.encoding, text.errors)
text.seek(0)
print(repr(text.read()))
text.seek(0)
print(repr(text.readline()), [line for line in text])

t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"))
print(t2.read().splitlines(), t2.encoding)
t3 = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1")
print(t3.read())
buf = t3.detach()
print(type(buf).__name__, buf.getvalue())

print(io.open is open)
with io.open("notes.txt", "w", encoding="utf-8") as f:
    f.write("first\nsecond\n")
with io.open("notes.txt", encoding="utf-8") as f:
    print(f.read().split())
with open("notes.txt") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
with open("notes.txt", "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# io.BytesIO: a binary file in memory
import io

b = io.BytesIO()
print(b.write(b"header\n"), b.write(bytearray(b"\x00\x01")), b.write(memoryview(b"end")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read(2), b.read(), b.read())
b.seek(-3, io.SEEK_END)
print(b.read(), b.seek(2, io.SEEK_CUR), b.seek(-100, io.SEEK_CUR), b.tell())

r = io.BytesIO(b"line1\nline2\nline3")
print(r.readlines(), r.seek(0), list(r), r.seek(0), r.readlines(7))
r.seek(0)
print(r.read1(3), r.readline(2), r.readline())
buf = bytearray(4)
r.seek(0)
print(r.readinto(buf), buf)

w = io.BytesIO(b"abcdef")
print(w.write(b"XY"), w.getvalue(), w.seek(10), w.write(b"!"), w.getvalue())
print(w.truncate(4), w.getvalue(), w.tell())
print(w.seekable(), w.readable(), w.writable(), len(w.getbuffer()), bytes(w.getbuffer()[:2]))

with io.BytesIO(b"data") as f:
    print(f.read())
print(f.closed)

# a common use: something that wants a binary file
import json
payload = io.BytesIO(json.dumps({"a": 1}).encode())
print(json.loads(payload.read().decode()))
print(isinstance(payload, io.BufferedIOBase), isinstance(payload, io.IOBase), type(payload).__name__)

# io.StringIO: a text file in memory
import io

buf = io.StringIO()
buf.write("Hello, ")
buf.write("world!\n")
print("second line", file=buf)
print(repr(buf.getvalue()))
print(buf.tell())
buf.seek(0)
print(repr(buf.read(5)), buf.tell(), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))

data = io.StringIO("name,age\nada,36\nalan,41\n")
header = data.readline().strip().split(",")
rows = [line.strip().split(",") for line in data]
print(header, rows)
data.seek(0)
print(data.readlines())
data.seek(0)
print(data.readlines(10), repr(data.read()))
print(io.StringIO("a\nb").readlines(), io.StringIO("").readlines(), list(io.StringIO("x\ny\n")))

s = io.StringIO("abcdef")
print(s.write("XY"), s.getvalue(), s.tell(), s.read())
s.seek(0, io.SEEK_END)
s.write("!")
print(s.getvalue(), s.seek(2), s.truncate(), s.getvalue(), s.tell())
print(s.seek(10), s.write("z"), repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell(), repr(s.read()))
print(repr(io.StringIO("abc").read(0)), repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").read(-1)))
print(repr(io.StringIO("line one\nline two").readline(4)))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines)

with io.StringIO("inside") as f:
    print(f.read(), f.closed)
print(f.closed)

u = io.StringIO("one\r\ntwo\rthree\n", newline=None)
print(repr(u.getvalue()), u.newlines, u.readlines())
w = io.StringIO(newline="\r\n")
w.write("a\nb\n")
print(repr(w.getvalue()))
k = io.StringIO("a\rb\r\nc\nd", newline="")
print(k.readlines())
r = io.StringIO("x\ry\rz", newline="\r")
print(r.readlines())

lines = ["alpha\n", "beta\n"]
out = io.StringIO()
out.writelines(lines)
print(repr(out.getvalue()), io.StringIO(None).getvalue() == "")
print(isinstance(out, io.TextIOBase), isinstance(out, io.IOBase), type(out).__name__)

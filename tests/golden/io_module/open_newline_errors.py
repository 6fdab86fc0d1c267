# open()'s newline= and errors= on the playground's files, as TextIOWrapper: universal newlines
# by default (and f.newlines says which it met), '' keeps line ends, '\r' and '\r\n' split and
# write only that; errors= decides what undecodable or unencodable text becomes.
with open("mixed.txt", "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
with open("mixed.txt", "rb") as f:
    print(f.read())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("mixed.txt", newline=nl) as f:
        print(repr(nl), repr(f.read(5)), repr(f.read()))
    with open("mixed.txt", newline=nl) as f:
        print(repr(nl), list(f), f.newlines)
with open("mixed.txt") as f:
    print(f.newlines, repr(f.readline()), f.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("written.txt", "w", newline=nl) as f:
        f.write("x\ny\r\nz")
        f.writelines(["\n", "w\n"])
    with open("written.txt", "rb") as f:
        print(repr(nl), f.read())
with open("only_lf.txt", "w") as f:
    f.write("a\nb\n")
with open("only_lf.txt") as f:
    print(f.readlines(), f.newlines, f.errors, f.encoding)
with open("only_lf.txt", "a", newline="\r\n") as f:
    f.write("c\n")
with open("only_lf.txt", newline="") as f:
    print(f.readlines(), f.newlines)

with open("latin.txt", "wb") as f:
    f.write(b"caf\xe9 \xff ok\n")
for err in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        with open("latin.txt", errors=err) as f:
            print(err, ascii(f.read()), f.errors)
    except UnicodeDecodeError as e:
        print(err, "UnicodeDecodeError:", e)
with open("latin.txt", encoding="latin-1") as f:
    print(ascii(f.read()))
for err in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        with open("ascii.txt", "w", encoding="ascii", errors=err) as f:
            f.write("caf\xe9 \u20ac!")
    except UnicodeEncodeError as e:
        print(err, "UnicodeEncodeError:", e)
    with open("ascii.txt", "rb") as f:
        print(err, f.read())

for kwargs in [{"newline": "x"}, {"newline": 5}, {"errors": 5}, {"encoding": 5}]:
    try:
        open("mixed.txt", **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kwargs in [{"newline": ""}, {"errors": "strict"}, {"encoding": "utf-8"}]:
    try:
        open("mixed.txt", "rb", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

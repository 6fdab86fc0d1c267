# Triple-quoted strings keep their newlines.
text = """first line
    second, indented
third"""
print(text)
print(len(text.splitlines()), repr(text[:12]))
poem = ("roses are red "
        "violets are blue")
print(poem)
empty = """"""
print(repr(empty))
print("""a\
b""")

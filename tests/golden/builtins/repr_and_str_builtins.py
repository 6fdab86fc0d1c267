# repr versus str on nested data.
data = {"name": "O'Reilly", "tags": ["a\tb", 'say "hi"'], "n": (1.0, None, True), "s": {1}}
print(data)
print(str(data) == repr(data))
print(repr("x"), str("x"), repr(repr("x")), [str(1), repr("1")])
print(repr(1e16), repr(-0.0), repr(2 ** 64), repr((1,)), repr([]), repr({}), repr(set()))
print(repr(range(1, 4, 2)), repr(print), repr(len))

# format(value, spec): the spec must be a str (None is named as None, other types by name)
for args in [(1, None), (1, 5), ("a", b"x"), (1.5, None), (None, None), ([], 2.5)]:
    try:
        print(repr(format(*args)))
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: format(), lambda: format(1, "", 2), lambda: format(1, spec="")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(repr(format(1)), repr(format(None)), repr(format(3.5, "")), repr(format(7, "03")))

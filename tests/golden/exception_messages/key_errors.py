# KeyError shows the repr of the key.
d = {"present": 1}
for key in ["missing", "with 'quote'", 0, (1, "a"), None, 2.5, ""]:
    try:
        d[key]
    except KeyError as e:
        print(f"str={e} repr={e!r} args={e.args}")
try:
    raise KeyError("custom", "two")
except KeyError as e:
    print(f"str={e} repr={e!r}")

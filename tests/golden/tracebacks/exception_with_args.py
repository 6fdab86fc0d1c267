# Several arguments print as a tuple; a multi-line message stays multi-line.
try:
    raise ValueError("first", 2)
except ValueError as e:
    print("caught:", e)
raise RuntimeError("line one\nline two")

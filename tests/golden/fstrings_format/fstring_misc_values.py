# How different values render inside f-strings.
values = [None, True, False, 0, -1, 1.0, 1e16, 0.1, "s", [1, "a"], (1,), {"k": "v"}, {3}, range(3)]
for v in values:
    print(f"{v} | {v!r} | {type(v).__name__}")
print(f"{'a' 'b'}", f"{1}{2}{3}", f"" == "", f"{''}" == "")

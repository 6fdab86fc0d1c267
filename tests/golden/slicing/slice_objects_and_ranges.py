# Slices of ranges and tuples, and slice objects.
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], list(r[1:4]), r[-1], len(r[3:]))
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-1], type(t[1:2]).__name__)
sl = slice(1, 4)
print([10, 20, 30, 40, 50][sl], "abcdef"[sl], sl)
print("abcdef"[slice(None, None, -2)], slice(3))

# Basic slices on lists, in and out of range.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[:], a[-100:3], a[8:100], a[5:2], a[100:])
print(a[::2], a[1::2], a[::-1], a[::3], a[1:-1], a[-1:-4:-1])
print(a[3:3], a[-1:], a[:0], len(a[::4]))

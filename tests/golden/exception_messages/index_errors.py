# IndexError wordings per type.
cases = [lambda: [1, 2][5], lambda: [][0], lambda: (1,)[1], lambda: "ab"[2], lambda: range(3)[3],
         lambda: [1].pop(3), lambda: [].pop(), lambda: [1, 2][-3], lambda: "" [0]]
for c in cases:
    try:
        c()
    except IndexError as e:
        print("IndexError:", e)
lst = [1]
try:
    lst[1] = 2
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[4]
except IndexError as e:
    print("IndexError:", e)

# Subscripting and item assignment on the wrong types.
class Plain:
    pass
for v in [5, None, 2.5, {1, 2}, Plain(), len]:
    try:
        v[0]
    except TypeError as e:
        print("TypeError:", e)
lst, tup, text, key, none = [1, 2], (1, 2), "abc", "a", None
cases = [lambda: lst[key], lambda: tup[key], lambda: text[key], lambda: lst[1.0],
         lambda: text[none], lambda: {}[[]], lambda: range(3)[key]]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
for target in [5, "s", (1,), None]:
    try:
        target[0] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)

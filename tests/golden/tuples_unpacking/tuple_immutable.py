# Tuples cannot be modified; the objects inside them can.
t = (1, [2])
for action in [lambda: t.append(3), lambda: t.remove(1)]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
t[1].append(3)
print(t)
try:
    t += ([4],)
    print(t)
except TypeError as e:
    print("unexpected", e)

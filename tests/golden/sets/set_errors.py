# Errors from set operations.
s = {1, 2}
for action in [lambda: s.remove(5), lambda: set().pop(), lambda: s.add([1]),
               lambda: {[1, 2]}, lambda: s[0], lambda: s + {3}]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)

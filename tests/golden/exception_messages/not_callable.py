# Calling something that is not callable.
values = [5, "text", None, [1], (1,), {"a": 1}, 2.5, True]
for v in values:
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
len = 3
try:
    len("abc")
except TypeError as e:
    print("TypeError:", e)

# A few more runtime error wordings.
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
def gen():
    yield next(me)
me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
try:
    raise NotImplementedError("subclass must implement")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    print(int("10", 37))
except ValueError as e:
    print("ValueError:", e)

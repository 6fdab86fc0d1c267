# Comparing data nested far deeper than the recursion limit raises RecursionError (no crash).
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
for name, op in [("==", lambda: a == b), ("<", lambda: a < b), ("!=", lambda: a != b)]:
    try:
        op()
    except RecursionError as e:
        print(name, type(e).__name__, e)
d1 = {}
d2 = {}
for i in range(100000):
    d1 = {"k": d1}
    d2 = {"k": d2}
try:
    d1 == d2
except RecursionError as e:
    print("dict", e)
t1 = ()
t2 = ()
for i in range(100000):
    t1 = (t1,)
    t2 = (t2,)
try:
    t1 == t2
except RecursionError as e:
    print("tuple", e)
try:
    [a] in [[b]]
except RecursionError as e:
    print("in", e)
# shallow data still compares
x = [[[1, 2], [3]], {"a": (1, 2)}]
print(x == [[[1, 2], [3]], {"a": (1, 2)}], x < [[[1, 3]]])

# AttributeError wordings.
class X:
    def __init__(self):
        self.a = 1
x = X()
cases = [lambda: x.y, lambda: X.z, lambda: (1).foo, lambda: "s".foo, lambda: None.foo,
         lambda: [].foo, lambda: {}.foo, lambda: (1.5).foo, lambda: True.foo,
         lambda: len.foo, lambda: X.__init__.foo]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError:", e)

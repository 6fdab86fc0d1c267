# __iadd__ mutates in place; without it += rebinds via __add__.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
b = Bag()
alias = b
b += "x"
b += "y"
print(b.items, alias is b)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)

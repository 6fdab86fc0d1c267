# Class bodies do not create an enclosing scope for methods.
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
    def via_self(self):
        return self.y
print(C.z, C().method(), C().via_self())
class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(D.doubled)

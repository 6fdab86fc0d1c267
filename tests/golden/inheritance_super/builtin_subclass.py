# Subclassing built-in types.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict()
d["HeLLo"] = 1
print(d, d["hello"])
class MyError(ValueError):
    pass
try:
    raise MyError("sub of ValueError")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))

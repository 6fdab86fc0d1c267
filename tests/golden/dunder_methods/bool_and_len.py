# __bool__ wins over __len__; __len__ must return an int >= 0.
class Both:
    def __bool__(self):
        print("__bool__ called")
        return False
    def __len__(self):
        print("__len__ called")
        return 5
print(bool(Both()), len(Both()))
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(OnlyLen(0)), bool(OnlyLen(2)), "yes" if OnlyLen(1) else "no")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

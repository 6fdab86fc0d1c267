class A:
    def __repr__(self):
        for i in range(50000):
            pass
        return "A"
print("start")
print(A())
def g():
    while True:
        yield 1
it = g()
while True:
    next(it)

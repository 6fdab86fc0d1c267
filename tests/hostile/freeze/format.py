class A:
    def __format__(self, spec):
        while True:
            pass
print("start")
format(A(), "x")

class A:
    @property
    def p(self):
        while True:
            pass


print("start")
getattr(A(), "p")

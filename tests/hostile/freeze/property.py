class A:
    @property
    def p(self):
        while True:
            pass
print("start")
A().p

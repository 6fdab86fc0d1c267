class A:
    def __getattr__(self, name):
        while True:
            pass
print("start")
A().x

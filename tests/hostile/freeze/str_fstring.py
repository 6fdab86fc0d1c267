class A:
    def __str__(self):
        while True:
            pass
print("start")
print(f"{A()}")

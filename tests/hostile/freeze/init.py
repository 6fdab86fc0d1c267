class A:
    def __init__(self):
        while True:
            pass
print("start")
A()

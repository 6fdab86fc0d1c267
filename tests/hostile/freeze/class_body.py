print("start")
class A:
    while True:
        pass

# Memory exhausted inside __init__ (Python called from native code): MemoryError there, with
# the traceback through the constructor call.
class Hoard:
    def __init__(self):
        self.items = []
        while True:
            self.items.append("x" * 100)


print("start")
Hoard()

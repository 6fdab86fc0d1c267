# ... and for AttributeError.
class Robot:
    def __init__(self):
        self.position = 0

    def forward(self):
        self.position += 1


r = Robot()
r.forward()
print(r.position)
r.fowrard()

# A class that is its own iterator.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
c = Countdown(2)
print(list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))

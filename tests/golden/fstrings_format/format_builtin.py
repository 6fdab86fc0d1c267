# format() and __format__ on custom classes.
print(format(3.14159, ".2f"), format(42, ">5"), format("x", "^3"), format(1234567, ","))
print(format(0.5, "%"), format(255, "x"), format(7), repr(format("", "")))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec)

m = Money(1234)
print(f"[{m}] [{m:>10}] [{m:<10}]")
print("{:^12}".format(m))

# math.floor and math.ceil call the type's __floor__ / __ceil__ when it has one
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __float__(self):
        return self.cents / 100


class F(float):
    def __floor__(self):
        return "custom floor"


print(math.floor(Money(1999)), math.ceil(Money(1999)), math.floor(Money(-1)), math.ceil(Money(-1)))
print(math.floor(F(2.5)), math.ceil(F(2.5)))
print(math.floor(True), math.ceil(-2), math.floor(-0.5), math.ceil(1e20))
for bad in ["1.5", None]:
    try:
        math.floor(bad)
    except TypeError as e:
        print("TypeError:", e)

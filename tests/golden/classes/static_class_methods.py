# @staticmethod and @classmethod.
class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0

    @classmethod
    def describe_unit(cls):
        return f"{cls.__name__} in {cls.unit}"

t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
print(Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe_unit(), t.describe_unit())
class Kelvin(Temperature):
    unit = "K"
print(Kelvin.describe_unit(), type(Kelvin.from_fahrenheit(32)).__name__)

# Frames are named after the function even for properties and dunder methods.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        return self.kelvin - 273.15

    def __add__(self, other):
        return Temperature(self.kelvin + other.kelvin)


t = Temperature(300) + Temperature(10)
print(round(t.celsius, 2))
broken = Temperature(None)
print(broken.celsius)

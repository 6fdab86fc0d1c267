# super().__init__ and extending parent methods.
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
    def describe(self):
        return f"Base({self.name})"
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        print("Child.__init__", extra)
        self.extra = extra
    def describe(self):
        return "Child+" + super().describe()
c = Child("n", 42)
print(c.describe(), c.name, c.extra)
class Grand(Child):
    def __init__(self):
        super().__init__("grand", 0)
    def describe(self):
        return "Grand+" + super().describe()
print(Grand().describe())

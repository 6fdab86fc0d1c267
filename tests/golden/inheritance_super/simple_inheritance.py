# Subclasses inherit and override methods.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"
class Fish(Animal):
    pass
for a in [Dog("rex"), Cat("tom"), Fish("nemo")]:
    print(a.intro(), isinstance(a, Animal), type(a).__name__)
print(isinstance(Dog("d"), Cat), issubclass(Dog, Animal), issubclass(Animal, Dog))

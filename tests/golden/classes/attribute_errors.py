# Missing attributes name the type.
class Dog:
    sound = "woof"
    def speak(self):
        return self.sound
d = Dog()
for fn in [lambda: d.fly, lambda: Dog.nothing, lambda: (5).real_part, lambda: None.append(1),
           lambda: "s".push("x"), lambda: [].add(1), lambda: {}.append(1), lambda: d.speak().bark]:
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(d, "fly", "no fly"), getattr(d, "sound"), hasattr(d, "speak"))

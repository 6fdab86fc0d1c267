# A finalizer may resurrect its object; it runs only once.
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("bird")
p = None
print("saved", [x.name for x in saved])
saved.clear()
print("cleared; no second __del__")


class Noisy:
    def __del__(self):
        print("noisy del, attribute", self.value)


n = Noisy()
n.value = 7
n = None
print("end")

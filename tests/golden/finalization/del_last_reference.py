# __del__ runs when the last reference goes.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("make", name)

    def __del__(self):
        print("del", self.name)


a = Tracked("a")
a = None
print("after a = None")
b = Tracked("b")
del b
print("after del b")
c = Tracked("c")
alias = c
c = None
print("c still has an alias")
alias = Tracked("replacement")
print("after rebinding alias")


def work():
    local = Tracked("local")
    print("working with", local.name)
    return 42


print("work returned", work())


def make():
    return Tracked("returned")


kept = make()
print("kept", kept.name)
make()
print("after a dropped call result")
Tracked("temporary")
print("after an expression statement")


class Holder:
    def __init__(self):
        self.part = Tracked("part")

    def __del__(self):
        print("del holder")


h = Holder()
h = None
print("after the holder")

for i in range(3):
    item = Tracked("loop %d" % i)
print("after the loop")
del item
print("end")

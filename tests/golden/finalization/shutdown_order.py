# What is left at exit is finalized as CPython does at shutdown: the main module's globals go
# in order (names starting with one underscore first).
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def counting():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally at exit")


first = Tracked("first")
_private = Tracked("_private")
second = Tracked("second")
g = counting()
next(g)
third = Tracked("third")
print("end of the program")

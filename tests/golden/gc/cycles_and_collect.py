# gc.collect() and cycles: __del__ of a cycle waits for collect(), its count (instances, lists),
# is_tracked, enable/disable, thresholds, a cycle left at the program's end
import gc

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def make_pair():
    a, b = Res("a"), Res("b")
    a.peer, b.peer = b, a

make_pair()
print("pair dropped")
r = Res("plain")
r = None
print("plain dropped")
n = gc.collect()
print("collected", n)
gc.collect()
print("nothing left:", gc.collect())

class Node:
    def __init__(self):
        self.children = []
        self.parent = None
root = Node()
for i in range(3):
    child = Node()
    child.parent = root
    root.children.append(child)
del root, child
print("tree:", gc.collect())
x = [1, 2]
x.append(x)
del x
print("self list:", gc.collect())
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"k": []}), gc.is_tracked(Node()))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.collect(), gc.get_count()[1:])
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
last = Res("left at exit")
last.me = last
del last
print("end")

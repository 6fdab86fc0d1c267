# gc basics: collect() at the start, a two-object cycle with __del__ finalized by collect(),
# a plain object finalized at del, self-referencing list and dict
import gc
print(gc.collect())
print(gc.isenabled(), gc.get_threshold(), gc.get_count()[1:], type(gc.get_count()[0]))
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a"); b = Node("b"); a.other = b; b.other = a
del a, b
print("before collect")
print(gc.collect())
print("after collect")
c = Node("c")
del c
print(gc.collect())
x = []; x.append(x); del x
print(gc.collect())
d = {}; d['self'] = d; del d
print(gc.collect())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked((1,2)))
gc.set_threshold(1000, 20, 20); print(gc.get_threshold())
print(gc.collect(0), gc.collect(2))

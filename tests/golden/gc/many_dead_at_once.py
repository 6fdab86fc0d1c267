# A collection that finds far more dead objects than live ones (the dead listed in place of the
# heap's own list): weak references cleared and called back, finalizers run, ids and new objects
# made during the finalizers all intact.
import gc
import weakref


class Node:
    def __init__(self, i):
        self.i = i
        self.me = self  # a cycle: only the collector frees it


class Loud:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        kept.append("made in __del__ " + self.name)
        print("del", self.name)


kept = []
survivor = Node(-1)
data = [Node(i) for i in range(120000)]
watched = data[5000]
calls = []
ref = weakref.ref(watched, lambda r: calls.append("callback"))
plain = weakref.ref(data[7])
loud = Loud("first")
del watched
del loud
data = None
print("collected more than", gc.collect() >= 120000)
print("callbacks", calls, ref() is None, plain() is None)
print("kept", kept)
print("survivor", survivor.i, survivor.me is survivor)
more = [Node(i) for i in range(100)]
print(sum(n.i for n in more))


def make_many():
    big = [Node(i) for i in range(100000)]
    return len(big)


for round in range(3):
    print("round", round, make_many(), survivor.i)
    gc.collect()
print(len(kept), len([Node(i) for i in range(10)]))

# id() and is compare identity; printed only as booleans.
class Node:
    def __init__(self, value):
        self.value = value
a = Node(1)
b = a
c = Node(1)
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(type(id(a)).__name__, id(a) > 0)
nodes = [a, b, c]
print(sum(1 for n in nodes if n is a))
print(a == c)
class Valued(Node):
    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value
print(Valued(1) == c, Valued(1) is Valued(1))

# Membership across container types.
print(2 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "" in "", "H" in "hello")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(3 in {1, 2, 3}, 5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(5))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], None in [0, False, None])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
print(2 in Box([1, 2]), 9 not in Box([1]))

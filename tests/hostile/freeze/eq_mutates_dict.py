# __eq__ that puts a new colliding key into the dict it is compared in: CPython restarts the
# lookup each time (for ever, as here); the tick budget stops it (issue 16, item 7).
class K:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        self.d[K(self.d)] = 1
        return False


print("start")
d = {}
d[K(d)] = 1
print(K(d) in d)

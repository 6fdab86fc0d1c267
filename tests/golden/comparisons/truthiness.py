# What counts as false.
for v in [0, 0.0, -0.0, "", [], (), {}, set(), None, range(0), False,
          1, -1, 0.1, " ", [0], (None,), {0: 0}, {0}, range(1), True]:
    print(repr(v), bool(v), "truthy" if v else "falsy")
class Empty:
    def __len__(self):
        return 0
class No:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(No()), bool(Plain()))
if not Empty():
    print("empty container is falsy")

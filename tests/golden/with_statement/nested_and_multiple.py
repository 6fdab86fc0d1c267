# Several managers in one with statement exit in reverse order.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name
    def __exit__(self, *args):
        print(f"</{self.name}>")

with Tag("html") as a, Tag("body") as b:
    print("content", a, b)
with Tag("outer"):
    with Tag("inner"):
        print("deep")
with (Tag("p1") as x,
      Tag("p2") as y):
    print("parenthesized", x, y)

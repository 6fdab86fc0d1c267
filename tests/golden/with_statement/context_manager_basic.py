# __enter__ / __exit__ order and the as-target.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return f"resource<{self.name}>"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False

with Managed("one") as r:
    print("inside with", r)
print("after with")
with Managed("no-as"):
    print("body without as")

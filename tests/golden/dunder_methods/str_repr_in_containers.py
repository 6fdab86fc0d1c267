# Containers always use repr() of their elements.
class Tag:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return self.name
    def __repr__(self):
        return f"Tag({self.name!r})"
tags = [Tag("a"), Tag("b")]
print(tags)
print(tags[0], str(tags[0]), repr(tags[0]))
print({"t": tags[0]}, (tags[1],), {tags[0].name: tags[1]})
print(", ".join(str(t) for t in tags))
print(f"{tags}", f"{tags[0]}", "%s %r" % (tags[0], tags[0]))

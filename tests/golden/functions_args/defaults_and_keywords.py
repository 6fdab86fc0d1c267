# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(punct=".", name="Bob", greeting="Bye"))
def area(w, h=None):
    if h is None:
        h = w
    return w * h
print(area(3), area(3, 4), area(h=2, w=5))

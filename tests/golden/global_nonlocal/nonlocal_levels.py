# nonlocal binds the nearest enclosing function variable.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result
print(outer())
def counter():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
        return a, b
    return bump
bump = counter()
print(bump(), bump())

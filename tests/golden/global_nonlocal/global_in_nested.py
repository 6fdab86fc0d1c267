# global inside a nested function skips enclosing scopes.
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)
def reader():
    return x
print(reader())

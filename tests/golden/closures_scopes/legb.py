# Lookup order: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reader():
        return x
    return inner(), reader()
print(outer(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadow(), len("ab"))

# Two closures over the same variable share it.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
print(get2(), get())
def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner
    f = middle()
    f()
    return a, f()
print(outer())

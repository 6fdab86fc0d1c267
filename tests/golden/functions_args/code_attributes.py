# a function's __code__: its name, qualified name, first line, argument counts and local names
def outer(a, b=2, *args, c, d=4, **kw):
    x = 1
    def inner(y, /, z):
        w = x + y
        return w
    for i in range(2):
        q = i
    return inner
for f in (outer, outer(1, c=3)):
    co = f.__code__
    print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars)
class K:
    def m(self, v):
        return v
    async def am(self):
        t = [n for n in range(3)]
        return t
print(K.m.__code__.co_varnames, K.am.__code__.co_qualname, K().m.__code__.co_name)
g = lambda p, *, k=1: p
print(g.__code__.co_name, g.__code__.co_varnames, g.__code__.co_kwonlyargcount)
print(type(g.__code__).__name__)

# singledispatch's plain @register takes the class from the first annotation (a class, a union, a name)
from functools import singledispatch
@singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
@show.register
def _(x: float | str, y: int = 0):
    return "float or str"
print(show(1), show([1]), show("s"), show(2.5), show(None), show(True))
try:
    @show.register
    def _(x: "int"):
        return 1
except TypeError as e:
    print(e)
try:
    @show.register
    def _(x):
        return 1
except TypeError as e:
    print(str(e).split(":")[0])
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__)

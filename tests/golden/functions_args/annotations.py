def h(x: int, y: "str" = "a", *args: float, z: bool = True, **kw: dict) -> list:
    return x


def plain(a, b):
    pass


print(h.__annotations__)
print(plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)


class P:
    x: int
    y: str = "s"
    if True:
        z: "float" = 1.0

    def m(self) -> None:
        local: int = 3  # not evaluated
        undefined_name: NotDefinedAnywhere = 1
        return None


print(P.__annotations__, P.y, P.z)
print(P.m.__annotations__)
P().m()

count: int = 5
names: list
print(__annotations__)
print(count)
try:
    print(names)
except NameError as e:
    print(e)


class Empty:
    pass


print("__annotations__" in Empty.__dict__)

try:
    bad: UndefinedType = 1
except NameError as e:
    print(e)
print(__annotations__)

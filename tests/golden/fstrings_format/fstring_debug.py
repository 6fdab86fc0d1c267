# The = specifier shows the expression text too.
x, name = 42, "loop"
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2=}")
print(f"{x=:>5}")
print(f"{len(name)=}, {x + 1 = }")

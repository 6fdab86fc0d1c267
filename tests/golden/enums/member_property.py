# enum members' name and value are read-only enum.property attributes; their errors name the class
import enum
class S(enum.Enum):
    A = 1
    B = 2
    @enum.property
    def double(self):
        return self.value * 2
def set_value(): S.A.value = 3
def set_name(): S.A.name = 3
def del_value(): del S.A.value
def set_double(): S.A.double = 2
def del_name(): del S.A.name
def del_double(): del S.A.double
for f in [set_value, set_name, del_value, set_double, del_name, del_double]:
    try:
        f()
    except AttributeError as e:
        print(f.__name__, '->', e)
S.A._value_ = 5
print(S.A.value, S.B.double, S.A.name)
S.A.foo = 1
print(S.A.foo, type(enum.Enum.__dict__['value']).__name__, isinstance(enum.Enum.__dict__['name'], property))
class Shadow(enum.Enum):
    name = 'n'
    value = 'v'
print(Shadow.name, Shadow.value, Shadow.name.value, Shadow.value.name)
class Mix(int, enum.Enum):
    X = 3
try:
    Mix.X.value = 4
except AttributeError as e:
    print(e)
print(Mix.X.value, Mix.X.real, Mix.X + 1)

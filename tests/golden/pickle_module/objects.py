# Instances of classes: the default reduction, __getstate__/__setstate__, __reduce__, slots
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Empty:
    def __repr__(self):
        return "Empty()"


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.log = ["opened"]

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["log"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.log = ["restored"]


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __reduce__(self):
        return (Celsius, (self.degrees,))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class WithArgs(int):
    def __new__(cls, value, label):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class Bag(list):
    pass


class Registry(dict):
    pass


for proto in range(6):
    print("protocol", proto)
    for obj in [Point(1, 2), Empty(), Account("ada"), Celsius(21.5), Bag([1, 2]),
                Registry(a=1), WithArgs(5, "five"), ValueError("bad", 3), KeyError("k")]:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(" ", type(obj).__name__, data)
        print("   ", type(back).__name__, getattr(back, "__dict__", None) or repr(back))
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print("  slotted", pickle.dumps(Slotted(), proto), s.a, s.b)
acct = pickle.loads(pickle.dumps(Account("bob")))
print(acct.owner, acct.log)


class Temperature:
    def __init__(self, v):
        self.v = v


def reduce_temperature(t):
    return (Temperature, (t.v * 2,))


copyreg.pickle(Temperature, reduce_temperature)
print(pickle.dumps(Temperature(4), 2), pickle.loads(pickle.dumps(Temperature(4))).v)

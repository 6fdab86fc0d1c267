# Metaclasses: a class's class, its __new__/__init__/__call__, and what the class inherits.


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        print("Registry.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"


class Plugin(metaclass=Registry):
    def run(self):
        return "run"


class Child(Plugin, tag="x"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__(**kw)


class Grandchild(Child, tag="y"):
    pass


print(Registry.classes)
print(type(Plugin), type(Child), type(Grandchild) is Registry)
print(isinstance(Plugin, Registry), isinstance(Plugin, type), issubclass(Registry, type))
print(Child.describe(), Plugin().run())
try:
    Plugin().describe()
except AttributeError as e:
    print("AttributeError:", e)


class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print("creating", cls.__name__, args, kwargs)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


a = Config("a.ini", debug=True)
b = Config("b.ini")
print(a is b, b.path, b.debug)


class Seq(type):
    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<Seq {cls.__name__}>"

    def __bool__(cls):
        return True


class Digits(metaclass=Seq):
    items = [3, 1, 4]


print(list(Digits), len(Digits), Digits[1], 4 in Digits, 9 in Digits, Digits, repr(Digits), str(Digits))
print(sorted(Digits), [x * 2 for x in Digits], bool(Digits))

Made = Seq("Made", (), {"items": "ab"})
print(Made, list(Made), type(Made).__name__)
Plain = type("Plain", (Plugin,), {"x": 1})
print(type(Plain).__name__, Plain.x)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Both(Plugin, O):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)


class Counting(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=Counting):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance(Even(), Even), issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)))


def auto_repr(name, bases, ns):
    ns["__repr__"] = lambda self: f"{name}()"
    return type(name, bases, ns)


class Thing(metaclass=auto_repr):
    pass


print(Thing(), type(Thing).__name__)

# Subclasses of dict and list: the subscript syntax, len, iteration and repr see overrides.


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print(f"set {key!r} = {value!r}")
        super().__setitem__(key, value)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        print(f"get {key!r} -> {value!r}")
        return value


d = LoggingDict(a=1)
d["b"] = 2
print(d["a"] + d["b"], d, len(d), list(d), d.get("a"), "a" in d)
print(isinstance(d, dict), issubclass(LoggingDict, dict), type(d).__name__, type(d) is dict)
d.update(c=3)  # dict.update does not call the override, as in CPython
print(sorted(d.items()), d == {"a": 1, "b": 2, "c": 3}, dict(d), d.copy(), type(d.copy()))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"


dd = Defaulting(x=1)
print(dd["x"], dd["nope"], dd.get("nope"), "nope" in dd, len(dd))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost")
cfg.port = 8080
print(cfg.host, cfg.port, cfg, sorted(cfg))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)


class Registry(dict):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name

    def register(self, key):  # a decorator
        def deco(fn):
            self[key] = fn
            return fn
        return deco

    def __repr__(self):
        return f"Registry({self.name!r}, {dict.__repr__(self)})"


r = Registry("handlers")


@r.register("hello")
def hello():
    return "hi"


print(list(r), r["hello"](), r.name, vars(r), len(r), repr(Registry("x", a=1)))


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0], s[-1], s[1:], type(s[1:]), list(reversed(s)), sum(s), 2 in s)
print(s + [4], type(s + [4]), [4] + s, s * 2, isinstance(s, list), s == [1, 2, 3], bool(Stack()))
s += [9]
print(s, type(s))
s[0] = 100
del s[1]
print(s, sorted(s), s.pop(), s)


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def __setitem__(self, i, x):
        super().__setitem__(i, self._check(x))

    def __getitem__(self, i):
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() * 1

    def __contains__(self, x):
        print("contains?", x)
        return super().__contains__(x)

    def __iter__(self):
        print("iter")
        return super().__iter__()


t = TypedList(int, [1, 2])
t.append(3)
t[0] = 10
print(t, t.kind, t[0], len(t), 3 in t, [x for x in t])
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
try:
    t[1] = 2.5
except TypeError as e:
    print("TypeError:", e)


class Bag(list):
    pass


b = Bag("abc")
b.color = "red"
print(b, b.color, b.__dict__, repr(b), str(b), b.__class__.__name__)
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)


class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))


print({HashableList([1, 2]): "ok"}[HashableList([1, 2])])

try:
    class Both(dict, list):
        pass
except TypeError as e:
    print("TypeError:", e)

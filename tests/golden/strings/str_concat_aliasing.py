# `s += x` makes a new string: every other reference to the old one still sees the old text,
# whatever holds it (another name, a list, a dict, a closure, a default argument, a generator).


def kept_elsewhere():
    s = "ab"
    alias = s
    box = [s]
    table = {"k": s}
    for ch in "cde":
        s += ch
    print(s, alias, box, table)
    print(alias is box[0], alias is table["k"], s == alias + "cde")


def in_closure():
    s = "x"

    def show():
        return s

    before = show()
    s += "y"
    return before, show()


def default_arg():
    base = "q"

    def f(v=base):
        return v

    base += "r"
    return f(), base


def generator_view():
    s = "gen"

    def g(t):
        yield t
        yield t

    it = g(s)
    first = next(it)
    s += "!"
    print(first, next(it), s)


def loop_over_same():
    s = "abc"
    for ch in s:  # iterates the old text while s grows
        s += ch.upper()
    print(s)
    t = "xy"
    for _ in range(3):
        t += t  # doubling: both sides the same object
    print(t, len(t))


def identity_and_hash():
    s = "".join(["h", "i"])
    h = hash(s)
    old = s
    s += ""
    print(s is old, hash(s) == h)  # adding "" keeps the very same string
    s += "!"
    print(s is old, old, hash(old) == h, s)
    d = {old: 1}
    print(d["hi"], "hi" in d, (s + "") is s)


class Tagged(str):
    def __add__(self, other):
        return Tagged(str(self) + "+" + other)


def subclass():
    t = Tagged("a")
    u = t
    t += "b"
    print(t, type(t).__name__, u, type(u).__name__)
    w = "w"
    w += Tagged("z")  # str.__add__ first: a plain str
    print(w, type(w).__name__)


def in_list_and_attr():
    parts = ["a", "b"]
    parts[0] += "!"
    first = parts[1]
    parts[1] += "?"
    print(parts, first)

    class Box:
        pass

    b = Box()
    b.text = "t"
    keep = b.text
    b.text += "u"
    print(b.text, keep)


def many_small():
    s = ""
    n = 0
    for i in range(3000):
        s += str(i % 10)
        if len(s) > 100:
            s = s[50:]
            n += 1
    print(len(s), s[-12:], n)


kept_elsewhere()
print(in_closure())
print(default_arg())
generator_view()
loop_over_same()
identity_and_hash()
subclass()
in_list_and_attr()
many_small()

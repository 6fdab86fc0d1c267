# str + str through run_frame's short path and the general one (identity of an empty side,
# subclasses with __add__ / __radd__, long results, += in a loop that slices), and number
# layout with signs, fills (ASCII and not), '=' alignment, grouping and zero padding.
class Tagged(str):
    def __add__(self, other):
        return "Tagged.__add__"

    def __radd__(self, other):
        return "Tagged.__radd__"


s = "abc"
e = ""
print(s + e is s, e + s is s, (s + e) == s, type(Tagged("x") + "y").__name__)
print("a" + Tagged("b"), Tagged("a") + "b", type(Tagged("p")[:] + "q").__name__)
t = "x" * 3000
u = t + t + "tail"
print(len(u), u[-6:], len("é" * 2000 + "ü" * 2100))
acc = ""
for i in range(3000):
    acc += str(i % 10)
    if len(acc) > 700:
        acc = acc[350:]
print(len(acc), acc[:12], acc[-12:])
try:
    "a" + 1
except TypeError as err:
    print("TypeError", err)
for v in (-5, 5, 0, 1234567, -1234567):
    print(f"[{v:+}] [{v: }] [{v:*^11}] [{v:é>9}] [{v:=+09}] [{v:,}] [{v:_x}] [{v:08,}] [{v:<7}]")
for v in (-2.5, 2.5, 1234.5678, -0.0):
    print(f"[{v:+.2f}] [{v: .1f}] [{v:*^12.3f}] [{v:ü<10}] [{v:=+012.2f}] [{v:,.2f}] [{v:z.1f}]")
print(format(42, "#010b"), format(-42, "#x"), format(255, "^#8o"), f"{'ab':>5}|{'ab':_^6}")

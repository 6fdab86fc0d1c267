# Parameters after * are keyword-only; before / positional-only.
def connect(host, *, port=80, timeout=1.0):
    return f"{host}:{port} t={timeout}"
print(connect("a"), connect("b", port=8080), connect("c", timeout=2.5, port=1))
def power(base, exp, /):
    return base ** exp
print(power(2, 10))
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
for call in [lambda: connect("x", 81), lambda: power(base=2, exp=3), lambda: mixed(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

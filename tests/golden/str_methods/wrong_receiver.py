# str's methods called through the class with a receiver that is not a str, and with
# argument counts and keywords off the usual path: each refusal's message as CPython's.
calls = [
    (str.upper, (5,)), (str.strip, (5,)), (str.split, (b"a b",)), (str.center, (None, 3)),
    (str.isdigit, ([],)), (str.lower, ("ab", 1)), (str.strip, ("ab", "a", "b")),
    (str.zfill, ("7",)), (str.startswith, ("abc",)), (str.replace, ("abc", "a")),
]
for f, args in calls:
    try:
        print(repr(f(*args)))
    except TypeError as e:
        print(f.__name__, "->", e)
print(str.split("a,b", sep=","), str.center("x", 5, "*"))
try:
    str.split("a b", bogus=1)
except TypeError as e:
    print(e)

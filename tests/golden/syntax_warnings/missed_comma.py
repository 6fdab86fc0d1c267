# A literal or display called or indexed, usually a missed comma: CPython's compiler warns with
# the type it knows, then the program fails (or not) at run time as usual.
# (The program ends with exit status 1 so that its expected stderr can be kept.)
import sys

pairs = [
    ("a", 1),
    ("b", 2)
]
try:
    pairs = [
        ("a", 1)
        ("b", 2)
    ]
except TypeError as e:
    print("TypeError:", e)
try:
    words = ["x" "y" ("z")]
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] [0], [1, 2] ["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    total = 5 [0]
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    print({1, 2}[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc"[1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)(3)
except TypeError as e:
    print("TypeError:", e)
try:
    {"k": 1}("k")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{pairs}"(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (x for x in pairs)[0]
except TypeError as e:
    print("TypeError:", e)
# these are fine: a name, a call's result, a dict, a negative or boolean index
print(pairs[0][1], "ab"[-1], [1, 2][True], {"k": 1}["k"], (1, 2)[0:1])
sys.exit(1)

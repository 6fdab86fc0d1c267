# Strings cannot be changed in place.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = "H" + s[1:]
print(s, t)
u = s
u += "!"
print(s, u)

# Case conversion methods.
s = "hello World, asyncIO rocks"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print("ALL CAPS".isupper(), "lower".islower(), "Title Case".istitle(), "MiXed".isupper())
print("123".upper(), "".capitalize(), "they're bill's".title())

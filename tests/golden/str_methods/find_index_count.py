# Searching inside strings.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count("the"), s.count(""))
print(s.find(""), s.find("t", 5, 10), s.count("a", 0, 10))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "mississippi".count("ss"), "mississippi".find("ss", 3))

# Indexing, length, concatenation, repetition and membership.
s = "Loopscope"
print(len(s), s[0], s[-1], s[4], s[-4])
print(s + "!", s * 2, 3 * "ab", "-" * 10)
print("oop" in s, "xyz" in s, "" in s, "L" not in s)
print(s == "Loopscope", s != "loopscope", s < "Loops", "a" < "b" < "c")
t = s
t += " rocks"
print(s, "|", t)
print("abc" * 0, repr("x" * -1), len(""))
print(str(), str(123), str([1, "a"]), str(None))

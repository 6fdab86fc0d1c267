# replace with and without a count.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace(" ", ""))
print(s.replace("x", "y") == s, "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("hello".replace("l", "L", 1), "hello".replace("hello", ""))

# Slicing strings.
s = "Hello, asyncio!"
print(s[:5], s[7:], s[-8:-1], s[::-1], s[::2], s[1::3])
print(repr(s[5:5]), repr(s[100:]), s[-1], s[:-1])
word = "racecar"
print(word == word[::-1], "level"[::-1], "ab"[::-1] == "ba")
print(s[7:14].upper(), s[:s.index(",")])

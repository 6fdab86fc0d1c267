# Strings are iterable sequences of one-character strings.
word = "async"
for ch in word:
    print(ch, end=" ")
print()
print(list(word), tuple("hi"), sorted("banana"))
for i, ch in enumerate(word):
    print(i, ch, ch.upper())
print([c for c in "a1b2c3" if c.isdigit()])
print("".join(reversed("stressed")))
print(max("hello"), min("hello"), "x".join("abc"))

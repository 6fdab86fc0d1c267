# String comparison is lexicographic by code point.
words = ["banana", "Apple", "apple", "cherry", "apple pie", "Banana", "", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "10" < "9")
print(max(words), min(words))

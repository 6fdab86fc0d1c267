# index, count, reverse, sort and copy.
xs = [5, 2, 8, 2, 9, 1]
print(xs.index(2), xs.index(2, 2), xs.count(2), xs.count(7))
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "Fig", "apple", "kiwi", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
c = words.copy()
c.append("x")
print(len(words), len(c), c is words, c[:-1] == words)
print(xs.sort() is None, sorted(xs) is xs)

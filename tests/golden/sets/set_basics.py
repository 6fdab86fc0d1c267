# add, remove, discard, membership; sorted() for stable display.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.remove(3)
s.discard(3)
s.discard(10)
print(sorted(s))
words = set("mississippi")
print(sorted(words), len(words))
print(set(), len(set()), bool(set()), bool({0}))
nums = [5, 1, 5, 2, 1, 5]
print(sorted(set(nums)), len(set(nums)) == len(nums))

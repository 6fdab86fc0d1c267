# In-place set methods.
s = {1, 2, 3}
s.update([3, 4], {5})
print(sorted(s))
s.intersection_update({1, 2, 3, 4, 9})
print(sorted(s))
s.difference_update([1])
print(sorted(s))
s.symmetric_difference_update({4, 6})
print(sorted(s))
t = s.copy()
t.add(100)
print(sorted(s), sorted(t))
x = s.pop()
print(x in s, len(s))
s.clear()
print(s)
s |= {1}
s &= {1, 2}
s -= {5}
s ^= {2}
print(sorted(s))

# sort is stable and key functions can return tuples.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, -1, -2, 2, 1], key=abs))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([0.5, -1, 3, 2.25, True]))

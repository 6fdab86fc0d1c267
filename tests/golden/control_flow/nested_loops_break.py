# break leaves only the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print("pair", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for x in row:
        if x * x > 10:
            found = x
            break
    if found is not None:
        break
print("found", found)

# Building strings incrementally and with join.
parts = []
for i in range(5):
    parts.append(str(i * i))
print(", ".join(parts))
line = ""
for word in ["event", "loop", "task"]:
    line += word.capitalize() + " "
print(repr(line), repr(line.strip()))
print("\n".join(f"row {r}: " + "#" * r for r in range(1, 4)))
print("-".join(map(str, range(3))), "".join([]))

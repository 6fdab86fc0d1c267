# Format specs may contain replacement fields.
value = 3.14159
for width in (6, 8, 10):
    for precision in (1, 3):
        print(f"[{value:{width}.{precision}f}]", f"[{'x':>{width}}]")
align, fill = "^", "-"
print(f"[{'mid':{fill}{align}9}]")
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
w = max(len(n) for n, _ in rows)
for name, x in rows:
    print(f"{name:<{w}} | {x:>8.2f}")

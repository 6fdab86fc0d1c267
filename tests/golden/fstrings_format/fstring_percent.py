# The % presentation multiplies by 100.
for x in [0.5, 0.25, 1, 0.12345, 1.5, 0.001, 0]:
    print(f"{x:%} {x:.1%} {x:.0%} {x:>8.2%}")
done, total = 7, 9
print(f"progress: {done / total:.1%}")

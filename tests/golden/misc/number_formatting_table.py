# A table of numbers in several formats.
for n in [0, 1, 7, 10, 255, 1000, 65535]:
    print(f"{n:>6d} {n:>8b} {n:>5o} {n:>5x} {n / 7:>10.4f} {n ** 0.5:>8.3f} {n * 1.5:>9,.1f}")

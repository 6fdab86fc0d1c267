# Alignment, width and fill.
for word in ["a", "ab", "abcdef", "toolongword"]:
    print(f"[{word:>5}] [{word:<6}] [{word:^7}] [{word:*^9}] [{word:.<8}] [{word:.3}]")
for n in [1, 42, -7, 12345]:
    print(f"[{n:>5}] [{n:<6}] [{n:^7}] [{n:05}] [{n:=+6}] [{n:x>4}]")
print(f"[{'':>3}] [{'x':1}]")

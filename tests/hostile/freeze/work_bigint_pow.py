# A huge power in one call (a 4,000-digit int ** 1000 takes seconds): the limb products are
# estimated and charged before the work starts (bigint.h: pow_work).
print("start")
x = int("9" * 4000)
y = x ** 1000

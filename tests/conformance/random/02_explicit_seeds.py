import random

for seed in (42, 1, 12345, 2 ** 40, -7):
    random.seed(seed)
    values = [round(random.random(), 6), random.randint(1, 100), random.choice("abcdef")]
    print(seed, values)
random.seed(0)
print("reseeding with 0 restarts the default sequence:", random.random())
rng = random.Random(99)
print("a separate Random(99):", rng.random(), rng.randint(1, 10))
deck = [f"{r}{s}" for s in "SH" for r in "A23"]
random.seed(7)
random.shuffle(deck)
print(deck)
print(random.uniform(-1.5, 1.5), random.uniform(5, 5))
print([random.randrange(3) for _ in range(10)])

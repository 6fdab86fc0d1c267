# random with an explicit seed is deterministic.
import random
random.seed(42)
print([random.randint(1, 100) for _ in range(5)])
print(round(random.random(), 6), round(random.uniform(1, 2), 6))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.randrange(0, 100, 5))
random.seed(0)
print(random.random())

import random

print(random.random())
print(random.random())
print(random.uniform(1, 10))
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100))
print(random.choice(["red", "green", "blue"]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.randint(0, 10 ** 12))

# while loops with counters, break and continue.
n = 5
while n > 0:
    print("countdown", n)
    n -= 1
print("liftoff")
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
total, k = 0, 1
while total < 100:
    total += k * k
    k += 1
print(total, k)
queue = [3, 1, 2]
while queue:
    print("took", queue.pop())

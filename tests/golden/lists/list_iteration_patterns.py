# Common loops over lists.
scores = [70, 85, 92, 58, 77]
total = 0
for s in scores:
    total += s
print(total, total / len(scores), sum(scores) / len(scores))
best = scores[0]
for s in scores[1:]:
    if s > best:
        best = s
print(best, max(scores))
passed = [s for s in scores if s >= 75]
print(passed, len(passed))
for i in range(len(scores)):
    scores[i] += 5
print(scores)
for i, s in enumerate(scores):
    if s > 90:
        print("index", i, "value", s)

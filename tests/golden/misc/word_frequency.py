# Counting words and printing a histogram.
text = """the event loop runs one task at a time the task yields at await
and the loop picks the next ready task"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>6} {'*' * n} {n}")
print(len(freq), "distinct words,", sum(freq.values()), "total")

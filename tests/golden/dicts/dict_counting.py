# Counting and grouping patterns.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_len = {}
for word in text.split():
    by_len.setdefault(len(word), []).append(word)
print(by_len)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
nested = {"a": {"x": 1}, "b": {"y": {"z": 2}}}
print(nested["b"]["y"]["z"], nested)

# Dict/list-heavy code: word counting, lists of dicts, sorting with keys, comprehensions.
def words(n):
    syll = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = syll[seed % 8] + syll[(seed >> 3) % 8]
        if seed % 3 == 0:
            w += syll[(seed >> 6) % 8]
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def records(ws):
    rows = []
    for i, w in enumerate(ws):
        rows.append({"id": i, "word": w, "score": (i * 37) % 101, "tags": [w[0], w[-1]]})
    return rows


N = 100000  # the unit of work; each part scales with it

ws = words(3 * N)
counts = count(ws)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("count", len(counts), top)

rows = records(ws[: 3 * N // 2])
best = sorted(rows, key=lambda r: (r["score"], r["word"]), reverse=True)
print("rows", best[0]["id"], best[-1]["id"])
by_word = {}
for r in rows:
    by_word.setdefault(r["word"], []).append(r["score"])
avg = {w: sum(s) / len(s) for w, s in by_word.items()}
hi = [w for w, a in avg.items() if a > 50.0]
print("avg", len(avg), len(hi), round(sum(avg.values()), 4))
ids = [r["id"] for r in rows if r["tags"][0] == "k"]
print("ids", len(ids), sum(ids), sorted(set(w[:2] for w in ws)))

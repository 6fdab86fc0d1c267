# Word count: str.split, str.lower, str.strip, dict get/set, sorting items by count.
N = 180  # copies of the text

TEXT = """The event loop runs one task at a time. A task runs until it awaits something
that is not ready; then the loop picks the next ready task. Sleep zero gives the loop a
chance to run the others. A future is a box for a result that is not there yet; a task is a
future that drives a coroutine. Gather waits for many awaitables and keeps their order.
Queues hand items from producers to consumers; a full queue makes the producer wait, an
empty queue makes the consumer wait. Locks, events and semaphores coordinate tasks that
share state. Timeouts cancel what takes too long, and cancellation is just an exception
thrown into the coroutine at its await."""


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.strip(".,;:!?").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    words = [w.strip(".,;:").lower() for w in text.split()]
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


big = "\n".join(TEXT.replace("task", f"task{i % 7}") for i in range(N))
total = {}
for rep in range(30):
    for w, c in count_words(big).items():
        total[w] = total.get(w, 0) + c
top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words", len(total), top)
pairs = bigrams(big)
print("bigrams", len(pairs), max(pairs.values()), sorted(pairs)[:3])

# nonlocal state in a generator of IDs and an accumulator.
def make_accumulator():
    history = []
    total = 0
    def add(n):
        nonlocal total
        total += n
        history.append(n)
        return total, list(history)
    return add
acc = make_accumulator()
print(acc(3))
print(acc(4))
other = make_accumulator()
print(other(100), acc(0))

# Bubble sort with swap counting.
def bubble_sort(xs):
    xs = list(xs)
    swaps = 0
    for i in range(len(xs)):
        swapped = False
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps
print(bubble_sort([5, 1, 4, 2, 8]))
print(bubble_sort("sorting"))
print(bubble_sort([]))

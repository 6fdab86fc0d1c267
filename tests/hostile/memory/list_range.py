# list(range(10**9)) grows a list item by item in a native loop: MemoryError when its next
# doubling would pass the budget.
print("start")
xs = list(range(10**9))
print(len(xs))

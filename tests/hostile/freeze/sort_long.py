# One call of a built-in that works for long (millions of comparisons in list.sort): the budget
# stops it mid-call, not only between bytecodes (native_work in the sort).
print("start")
items = [0] * 10**6  # (made for a million ticks: the budget runs out in the calls below)
items.sort()
items.sort(reverse=True)
sorted(items)

# For a call spanning several lines, the caller's frame shows the line where the call starts.
def total(prices, tax):
    return sum(prices) * (1 + tax)


print(total([1, 2], 0.5))
amount = total(
    [10, 20],
    "0.2",
)

# return, implicit None, early returns.
def nothing():
    pass
def bare():
    return
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "completed"
print(nothing(), bare(), early(-1), early(10), early(2))
r = print("print returns")
print(r)
def pair():
    return 1, 2
print(pair(), pair()[1])

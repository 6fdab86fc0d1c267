# Forgetting global gives UnboundLocalError.
total = 10
def add_to_total(n):
    total += n
    return total
try:
    add_to_total(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def add_properly(n):
    global total
    total += n
    return total
print(add_properly(5), total)

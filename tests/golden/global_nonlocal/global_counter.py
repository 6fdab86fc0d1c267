# global lets a function rebind a module-level name.
count = 0
def increment():
    global count
    count += 1
    return count
for _ in range(3):
    increment()
print(count)
def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)
def shadow():
    count = 100
    return count
print(shadow(), count)

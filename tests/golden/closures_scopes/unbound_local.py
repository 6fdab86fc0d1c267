# Assigning anywhere in a function makes the name local everywhere in it.
count = 0
def broken():
    print(count)
    count = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def fine():
    print(count)
fine()
def later():
    if False:
        value = 1
    return value
try:
    later()
except NameError as e:
    print(type(e).__name__, e)

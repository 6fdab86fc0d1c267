# return in finally wins; finally runs even on return.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before returning")
def g():
    try:
        return "from try"
    finally:
        return "from finally"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
print(f())
print(g())
print(h())
def count():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                continue
            n += 10
        finally:
            n += 1
    return n
print(count())

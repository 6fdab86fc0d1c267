# Many distinct frames are all shown.
def a(x):
    return b(x + 1)


def b(x):
    return c(x * 2)


def c(x):
    return d(str(x))


def d(s):
    return e([s])


def e(items):
    return items[1]


print(a(1))

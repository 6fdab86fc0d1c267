# Three chained exceptions, mixing explicit and implicit chaining.
def level1():
    raise KeyError("k")


def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("level2 failed") from e


def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level3 failed")


level3()

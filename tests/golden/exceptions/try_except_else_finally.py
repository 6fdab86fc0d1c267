# The order in which try/except/else/finally blocks run.
def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else", result)
        return result
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
try:
    pass
finally:
    print("finally without except")

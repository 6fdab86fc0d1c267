# Errors inside lambdas and with wrong arguments.
f = lambda x: 10 / x
try:
    f(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(f(4))

# `is` with a literal: CPython's compiler warns (SyntaxWarning on stderr, before the program
# runs), and the program still runs. Singletons (None, True, False, ...) are fine.
# (The program ends with exit status 1 so that its expected stderr can be kept.)
import sys

x = 5
name = "ada"
print(x is 5, x is not 6)
print(name is "ada", name is not "bob")
print(x is None, x is True, x is not False, x is ...)
print(x is -1, x is (1, 2), x is (), x is (1, name), x is (not 1))
print(5 is x, b"" is name, 1.5 is x, 2j is x)
if x is 5 and name is "ada":
    print("both")
print(x < 10 is True, x is x is 3)


def check(value):
    return value is 0 or value is not ""


print(check(0), check(""))
sys.exit(1)

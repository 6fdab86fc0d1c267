# An uncaught error at module level after some output.
print("line one")
print("line two")
numbers = [1, 2, 3]
print(numbers[3])
print("never printed")

# CPython 3.11 suggests a close name for NameError in the traceback.
counter = 10
print(counter)
print(countr)

# A format-spec width of 10**11 characters: MemoryError, as CPython.
print("start")
print(len(format(1, "99999999999")))

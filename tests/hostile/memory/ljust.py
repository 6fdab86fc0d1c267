# str.ljust to 2**45 characters: MemoryError.
print("start")
print(len("a".ljust(2**45)))

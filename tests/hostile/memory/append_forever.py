# A list appended to forever from Python code: MemoryError at a safe point of the VM.
print("start")
xs = []
i = 0
while True:
    xs.append(str(i))
    i += 1

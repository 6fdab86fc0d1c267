# bytes(n) and bytearray * n: large objects made in one call, charged like a loop.
print("start")
while True:
    b = bytes(10**7)
    c = bytearray(b"ab") * 10**7

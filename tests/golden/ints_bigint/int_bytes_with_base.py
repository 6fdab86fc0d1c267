# int(bytes, base) and int(bytearray, base) parse the bytes as text; other objects with an
# explicit base are refused, memoryview included.
print(int("12", 10), int(b"12", 16), int(bytearray(b" ff "), 16), int(b"0x1f", 0))
print(int(b"1_000", 10), int(b"-z", 36), int(bytearray(b"0b101"), 0))
for x, b in [(b"zz", 16), (b"", 10), (bytearray(b"1.5"), 10), (memoryview(b"12"), 10),
             (12, 10), (b"12", 1), (3.5, 10)]:
    try:
        print(int(x, b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

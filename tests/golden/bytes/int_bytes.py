# int.to_bytes / int.from_bytes: a length prefix as a stream protocol sends it
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), True.to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (2**70).to_bytes(9, 'big'))
print((127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, byteorder='little', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2], 'little'), int.from_bytes(b''), int.from_bytes(b'\x01' * 10, 'big'))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(bytearray(b'\x01\x00'), byteorder='little'))
payload = 'héllo'.encode()
frame = len(payload).to_bytes(4, 'big') + payload
n = int.from_bytes(frame[:4], 'big')
print(frame, n, frame[4:4 + n].decode())
for label, f in [
        ("(256).to_bytes(1, 'big')", lambda: (256).to_bytes(1, 'big')),
        ("(-1).to_bytes(2, 'big')", lambda: (-1).to_bytes(2, 'big')),
        ("(5).to_bytes(2, 'middle')", lambda: (5).to_bytes(2, 'middle')),
        ("(5).to_bytes(-1, 'big')", lambda: (5).to_bytes(-1, 'big')),
        ("int.from_bytes('ab')", lambda: int.from_bytes('ab')),
        ("(1).to_bytes(0, 'big')", lambda: (1).to_bytes(0, 'big')),
        ("(128).to_bytes(1, 'big', signed=True)", lambda: (128).to_bytes(1, 'big', signed=True)),
        ("(-129).to_bytes(1, 'big', signed=True)", lambda: (-129).to_bytes(1, 'big', signed=True)),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

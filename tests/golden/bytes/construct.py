# bytes(...) and bytearray(...)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((1, 255)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'copy'))
print(bytes(bytearray(b'ba')), bytes(x for x in [104, 105]), bytes(True))
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'latin-1'), bytearray(b'q'))
class B:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(B()))
for label, f in [
        ('bytes(3.5)', lambda: bytes(3.5)),
        ('bytearray(3.5)', lambda: bytearray(3.5)),
        ("bytes('x')", lambda: bytes('x')),
        ("bytes(1, 'utf-8')", lambda: bytes(1, 'utf-8')),
        ('bytes([300])', lambda: bytes([300])),
        ('bytearray([300])', lambda: bytearray([300])),
        ("bytes(['a'])", lambda: bytes(['a'])),
        ('bytes(-1)', lambda: bytes(-1)),
        ('bytearray(-1)', lambda: bytearray(-1)),
        ("bytes('x', 'nope')", lambda: bytes('x', 'nope')),
        ('bytes(None)', lambda: bytes(None)),
        ('bytes([-1])', lambda: bytes([-1])),
        ("bytes(b'a', 'utf-8')", lambda: bytes(b'a', 'utf-8')),
        ("bytes('a', errors='strict')", lambda: bytes('a', errors='strict')),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
print(bytes.fromhex('48 65 6c6c 6F'), bytearray.fromhex('ff00'), b''.fromhex('41'))
for label, f in [
        ("bytes.fromhex('zz')", lambda: bytes.fromhex('zz')),
        ("bytes.fromhex('a')", lambda: bytes.fromhex('a')),
        ("bytes.fromhex('4 1')", lambda: bytes.fromhex('4 1')),
        ('bytes.fromhex(1)', lambda: bytes.fromhex(1)),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
print(b'\x00\xffab'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcde'.hex(' ', -2))
print(int(b'42'), int(b' -7 '), int(bytearray(b'10')), float(b'1.5'), float(b' 2e3'))
for label, f in [
        ("int(b'x')", lambda: int(b'x')),
        ("float(b'x')", lambda: float(b'x')),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

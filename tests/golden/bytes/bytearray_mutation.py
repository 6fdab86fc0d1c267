# bytearray is mutable
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba)
ba.append(33)
ba.extend(b' ok')
ba.extend([32, 49])
ba.extend(bytearray(b'!'))
print(ba, len(ba))
ba[0:5] = b'HEY'
print(ba)
ba[1:1] = [65, 66]
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba[::2] = b'xxxxx'[:len(ba[::2])]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 90)
ba.insert(100, 89)
ba.insert(-1, 88)
print(ba)
ba.remove(ord('x'))
print(ba)
c = ba.copy()
ba.reverse()
print(ba, c, c is ba)
ba += b'++'
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
buf = bytearray()
for i in range(5):
    buf += bytes([65 + i])
print(buf, bytes(buf), buf.decode())
def grow(b):
    b.extend(b'!')
grow(buf)
print(buf)
for label, f in [
        ("bytearray(b'a').append(256)", lambda: bytearray(b'a').append(256)),
        ("bytearray(b'a').append('a')", lambda: bytearray(b'a').append('a')),
        ('bytearray().pop()', lambda: bytearray().pop()),
        ("bytearray(b'a').pop(5)", lambda: bytearray(b'a').pop(5)),
        ("bytearray(b'abc').remove(9)", lambda: bytearray(b'abc').remove(9)),
        ("bytearray(b'a').extend('x')", lambda: bytearray(b'a').extend('x')),
        ("bytearray(b'a').extend(5)", lambda: bytearray(b'a').extend(5)),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
b2 = bytearray(b'abc')
def set0(v): b2[0] = v
def set_at(i, v): b2[i] = v
def set_slice(s, v): b2[s] = v
def del_at(i): del b2[i]
for label, f in [
        ("b2[0] = 256", lambda: set0(256)),
        ("b2[0] = 'a'", lambda: set0('a')),
        ("b2[5] = 1", lambda: set_at(5, 1)),
        ("b2['x'] = 1", lambda: set_at('x', 1)),
        ("b2[::2] = b'x'", lambda: set_slice(slice(None, None, 2), b'x')),
        ("b2[0:1] = 5", lambda: set_slice(slice(0, 1), 5)),
        ("b2[0:1] = 'x'", lambda: set_slice(slice(0, 1), 'x')),
        ("del b2[9]", lambda: del_at(9)),
]:
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
b3 = b'immutable'
try:
    b3[0] = 1
except TypeError as e:
    print(e)
try:
    b3.append(1)
except AttributeError as e:
    print(e)

# memoryview over bytes and bytearray: indexing, slicing, shared writes, attributes.
ba = bytearray(b"hello world")
m = memoryview(ba)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3])
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.obj is ba, type(m).__name__, repr(m).startswith("<memory at 0x"))
s = m[6:]
s[0] = ord("W")
print(ba, s.tobytes(), len(s), s.obj is ba)
m[0:5] = b"HELLO"
print(ba)
print(m[::2].tobytes(), m[::-1].tolist()[:4], m[1:8:3].tolist())
print(m.hex(), m[:3].hex(":"), bytes(m[:5]), bytearray(m[6:]))
print(list(m[:3]), [x for x in m[-3:]], 72 in m, 500 in m, "a" in m)
print(m == b"HELLO World", m == ba, m[:5] == memoryview(b"HELLO"), m != b"x", m == [1])
print(b"HELLO World" == m, m.cast("B").tolist() == m.tolist())
ro = memoryview(b"abc")
print(ro.readonly, ro[1], ro[1:].tobytes(), hash(ro) == hash(b"abc"))
with memoryview(bytearray(b"xyz")) as v:
    print(v.tobytes(), v[0])
print(repr(v).startswith("<released memory at 0x"), v == v)

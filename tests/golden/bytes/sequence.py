# indexing, slicing, iteration, len, in, + * and comparisons
b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:])
print(list(b'abc'), [c for c in b'xyz'], tuple(bytearray(b'\x00\xff')))
print(len(b), len(b''), len(bytearray(5)))
print(104 in b, b'wor' in b, b'' in b, b'xx' in b, 0 in b)
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -1, bytearray(b'-') * 4)
print(b'a' == b'a', b'a' == 'a', b'a' != b'b', b'a' < b'b', b'ab' < b'b', b'' < b'a')
print(b'abc' == bytearray(b'abc'), bytearray(b'x') == b'x', b'a' <= b'a', b'b' >= b'c')
print(sorted([b'b', b'a', b'ab', b'']), max(b'abc'), min(b'abc'), sum(b'\x01\x02'))
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'), {b'a': 1}[b'a'])
print(bool(b''), bool(b'\x00'), not bytearray())
s = {b'a', b'b', b'a'}
print(len(s), b'a' in s)
for i, c in enumerate(b'hi'):
    print(i, c, chr(c))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
fl, st = 1.0, 'x'
for label, f in [
        ("b'abc'[3]", lambda: b'abc'[3]),
        ("b'abc'[1.0]", lambda: b'abc'[fl]),
        ("b'abc'['x']", lambda: b'abc'[st]),
        ("bytearray(b'a')[5]", lambda: bytearray(b'a')[5]),
        ("b'a' + 'b'", lambda: b'a' + 'b'),
        ("bytearray(b'a') + 'b'", lambda: bytearray(b'a') + 'b'),
        ("b'a' * 'x'", lambda: b'a' * 'x'),
        ("b'a' < 'a'", lambda: b'a' < 'a'),
        ("'x' in b'abc'", lambda: 'x' in b'abc'),
        ("300 in b'abc'", lambda: 300 in b'abc'),
        ("hash(bytearray(b'a'))", lambda: hash(bytearray(b'a'))),
        ('{bytearray(): 1}', lambda: {bytearray(): 1}),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

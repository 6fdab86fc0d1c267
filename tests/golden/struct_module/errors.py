# struct's messages: ranges of each integer code in native and standard mode, wrong types,
# wrong counts, buffers of the wrong size, bad formats.
import struct

for mode in '@<':
    for code in 'bBhHiIlLqQnN':
        if mode == '<' and code in 'nN':
            continue
        size = struct.calcsize(mode + code)
        for v in [2 ** (8 * size), 2 ** (8 * size - 1), -2 ** (8 * size - 1) - 1, -1, 10 ** 30, 'x', 1.5]:
            try:
                struct.pack(mode + code, v)
            except struct.error as e:
                print(mode + code, repr(v)[:12], '|', e)
for args in [('<e', 1e10), ('<f', 1e300), ('<d', 'x'), ('<c', b'ab'), ('<c', 'a'), ('<s', 'a'),
             ('<2h', 1), ('<h', 1, 2), ('<z', 1), ('3', 1), ('<P', 1), ('<x', 1), ('<n', 1)]:
    try:
        print(args, struct.pack(*args))
    except (struct.error, OverflowError) as e:
        print(args, type(e).__name__, e)
b = bytearray(4)
for action in [lambda: struct.unpack('<i', b'abc'), lambda: struct.unpack('<i', b'abcde'),
               lambda: struct.unpack_from('<i', b'abcdef', 4),
               lambda: struct.unpack_from('<i', b'abcdef', -10),
               lambda: struct.unpack_from('<i', b'abcdef', -4),
               lambda: struct.unpack_from('<i', b'abcdef', 10),
               lambda: list(struct.iter_unpack('<i', b'abcdef')),
               lambda: list(struct.iter_unpack('<0i', b'abcdef')),
               lambda: struct.pack_into('<i', b, 2, 1), lambda: struct.pack_into('<i', b, -2, 1),
               lambda: struct.pack_into('<i', b, -10, 1), lambda: struct.unpack('<i', 'abcd')]:
    try:
        print(action())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error.__mro__, struct.error.__module__)

# bytes literals, escapes and repr
print(b'abc', b"it's", b'say "hi"', b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v')
print(rb'\n\x41', Rb'raw', bR"\d+", BR'x')
print(b'\101\102\7', b'a' b'b' b"c")
print(b'')
print(repr(b'q'), str(b'q'), f"{b'x'}", f"{b'x'!r}", '%s' % b'y', '%r' % (b'z',))
print(type(b''), type(bytearray()), bytes, bytearray)
print(bytearray(b'hi'), bytearray(), bytearray(b"'"))
print([b'a', b'b'], {b'k': b'v'}, (b'',))
x = b'multi' \
    b'line'
print(x, len(x))
print(b'\
continued')

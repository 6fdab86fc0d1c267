# bytes % args
print(b'%s and %s' % (b'this', bytearray(b'that')))
print(b'%d items at %5.2f, %x %X %o %05d %-4d|' % (3, 2.5, 255, 255, 8, 42, 7))
print(b'%r %a' % ('é', b'x'), b'%c%c' % (65, b'B'), b'100%%', b'%b' % b'b')
print(b'%(name)s=%(v)d' % {b'name': b'k', b'v': 5}, b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'xyz'))
print(bytearray(b'%s!') % b'hi', b'%s' % b'single', b'%i' % True)
for label, f in [
        ("b'%s' % 'x'", lambda: b'%s' % 'x'),
        ("b'%d' % 'x'", lambda: b'%d' % 'x'),
        ("b'%s %s' % (b'a',)", lambda: b'%s %s' % (b'a',)),
        ("b'%s' % (b'a', b'b')", lambda: b'%s' % (b'a', b'b')),
        ("b'%c' % 300", lambda: b'%c' % 300),
        ("b'%q' % 1", lambda: b'%q' % 1),
        ("b'%' % ()", lambda: b'%' % ()),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

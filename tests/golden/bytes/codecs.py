# str.encode / bytes.decode / str(bytes, encoding) with utf-8, ascii and latin-1
s = 'héllo wörld €'
u = s.encode()
print(u, len(u), u.decode(), u.decode('utf-8') == s, s.encode('UTF8') == u)
print('abc'.encode('ascii'), 'café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print('é€x'.encode('ascii', 'replace'), 'é€x'.encode('ascii', errors='ignore'))
print('é€x'.encode('latin-1', 'replace'), 'é€x'.encode('ascii', 'backslashreplace'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'))
print(b'a\xe2\x82'.decode('utf-8', 'replace'), b'\xe2\x28\xa1x'.decode('utf-8', 'replace'))
print(b'\xff\xfe'.decode('ascii', 'replace'), b'x\x80'.decode('ascii', 'backslashreplace'))
print(str(b'abc', 'utf-8'), str(b'\xe9', 'latin-1'), str(b'a\xff', 'ascii', 'ignore'))
print(str(b'abc'), str(bytearray(b'x'), encoding='utf-8'))
print('🎉'.encode(), b'\xf0\x9f\x8e\x89'.decode(), 'ü'.encode('utf_8'), 'ü'.encode('iso-8859-1'))
for label, f in [
        ("b'\\xff'.decode()", lambda: b'\xff'.decode()),
        ("b'\\xe2\\x82'.decode()", lambda: b'\xe2\x82'.decode()),
        ("b'a\\xe2\\x28\\xa1'.decode()", lambda: b'a\xe2\x28\xa1'.decode()),
        ("b'\\xf0\\x90\\x28'.decode()", lambda: b'\xf0\x90\x28'.decode()),
        ("b'\\xed\\xa0\\x80'.decode()", lambda: b'\xed\xa0\x80'.decode()),
        ("b'\\xc0\\xaf'.decode()", lambda: b'\xc0\xaf'.decode()),
        ("b'ok\\x80'.decode('ascii')", lambda: b'ok\x80'.decode('ascii')),
        ("'é€'.encode('ascii')", lambda: 'é€'.encode('ascii')),
        ("'aé'.encode('ascii')", lambda: 'aé'.encode('ascii')),
        ("'a€x€€'.encode('latin-1')", lambda: 'a€x€€'.encode('latin-1')),
        ("'😀'.encode('latin-1')", lambda: '😀'.encode('latin-1')),
        ("b'\\xff'.decode('foo')", lambda: b'\xff'.decode('foo')),
        ("'a'.encode('foo')", lambda: 'a'.encode('foo')),
        ("b'\\xff'.decode('utf-8', 'bogus')", lambda: b'\xff'.decode('utf-8', 'bogus')),
        ("str('a', 'utf-8')", lambda: str('a', 'utf-8')),
        ("str(1, 'utf-8')", lambda: str(1, 'utf-8')),
        ("b'a'.decode(1)", lambda: b'a'.decode(1)),
        ("'a'.encode(errors=2)", lambda: 'a'.encode(errors=2)),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
try:
    b'ab\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, repr(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    'xé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', e)

# the methods bytes and bytearray share
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'), b'abc'.strip(b'ac'))
print(b.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b' a  b '.split(None, 1), b' a  b '.rsplit(maxsplit=1), b''.split(), b''.split(b','))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines())
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), bytearray(b', ').join([b'x', b'y']))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(b'z'), b'hello'.find(108))
print(b'hello'.index(b'e'), b'hello'.rindex(b'l'), b'hello'.count(b'l'), b'hello'.count(b''))
print(b'hello'.find(b'l', 3), b'hello'.find(b'l', -2, -1), b'hello'.count(b'l', 0, 3))
print(b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'), b'hello'.startswith((b'x', b'h')))
print(b'hello'.startswith(b'l', 2), b'hello'.endswith(b'l', 0, 4))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'ab'.replace(b'', b'-'))
print(b'abc'.replace(b'', b'.', 2), b'xyx'.replace(b'x', b''))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'='), b'abc'.rpartition(b'='))
print(b'prefix_x'.removeprefix(b'prefix_'), b'x.txt'.removesuffix(b'.txt'), b'x'.removesuffix(b''))
print(b'Hello'.upper(), b'Hello'.lower(), b'Hello'.swapcase(), b'hELLO wORLD'.capitalize())
print(b'hello world-x 3rd'.title(), b'\xe9a'.upper())
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace())
print(b'ABC'.isupper(), b'AbC'.isupper(), b'abc1'.islower(), b''.isalpha(), b'\x80'.isascii(), b'a'.isascii())
print(b'ab'.center(6), b'ab'.center(5, b'*'), b'abc'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(1), b'ab'.center(1))
ba = bytearray(b'a b')
print(ba.split(), ba.upper(), ba.replace(b' ', b'_'), ba.strip(b'a'), type(ba.split()[0]).__name__)
for label, f in [
        ("b'abc'.find('a')", lambda: b'abc'.find('a')),
        ("b'a'.join(['b'])", lambda: b'a'.join(['b'])),
        ("b'a'.join([b'x', 1])", lambda: b'a'.join([b'x', 1])),
        ("b'a'.strip('a')", lambda: b'a'.strip('a')),
        ("b'abc'.split('b')", lambda: b'abc'.split('b')),
        ("b'a'.replace('a', b'b')", lambda: b'a'.replace('a', b'b')),
        ("b'abc'.startswith('a')", lambda: b'abc'.startswith('a')),
        ("b'abc'.center(5, 'x')", lambda: b'abc'.center(5, 'x')),
        ("b'abc'.center(5, b'xy')", lambda: b'abc'.center(5, b'xy')),
        ("b'abc'.index(b'z')", lambda: b'abc'.index(b'z')),
        ("b'a'.split(b'')", lambda: b'a'.split(b'')),
        ("b'a'.partition(b'')", lambda: b'a'.partition(b'')),
        ("b'abc'.find(256)", lambda: b'abc'.find(256)),
]:
    try:
        print(f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

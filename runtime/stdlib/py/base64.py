"""base64 for the playground, written in Python over binascii: b64encode/b64decode (altchars,
validate), standard_*, urlsafe_*, b32encode/b32decode (casefold, map01), b32hex*, b16*, b85*,
encodebytes/decodebytes, as CPython 3.11. Ascii85 (a85*) and the file functions encode/decode
are not available (they raise an error that says so)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not '
                    f'{type(s).__name__!r}')


def _memoryview_bytes(s):
    # what memoryview(s).tobytes() accepts
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"memoryview: a bytes-like object is required, not '{type(s).__name__}'")


def _translate(data, source, target):
    # bytes.translate(bytes.maketrans(source, target)) for a few bytes
    table = dict(zip(source, target))
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s in base64 (altchars: two bytes replacing '+' and '/')."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode base64; with validate=True anything outside the alphabet is an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """base64 with '-' and '_' instead of '+' and '/'."""
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _memoryview_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        encoded += bytes(alphabet[(c >> shift) & 31] for shift in (35, 30, 25, 20, 15, 10, 5, 0))
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[leftover]
    if pad:
        encoded[-pad:] = b'=' * pad
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    full = len(s)
    s = s.rstrip(b'=')
    padchars = full - len(s)
    rev = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            if c not in rev:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + rev[c]
        decoded += acc.to_bytes(5, 'big')
    if full % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        leftover = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:leftover]
    return bytes(decoded)


def b32encode(s):
    """Encode s in base32 (RFC 4648)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 (casefold: accept lowercase; map01: the letter that '1' stands for)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode s in base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode base16 (casefold: accept lowercase digits)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        b'!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUE = {c: i for i, c in enumerate(_B85)}


def b85encode(b, pad=False):
    """Encode b in base85 (as git and Mercurial use it)."""
    b = _memoryview_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        out += bytes(_B85[word // 85 ** k % 85] for k in (4, 3, 2, 1, 0))
    if padding and not pad:
        out = out[:-padding]
    return bytes(out)


def b85decode(b):
    """Decode base85."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            if c not in _B85_VALUE:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + _B85_VALUE[c]
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        out = out[:-padding]
    return bytes(out)


def encodebytes(s):
    """base64 in lines of at most 76 characters, each ending with a newline."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError(f'expected bytes-like object, not {type(s).__name__}')
    s = bytes(s)
    return b''.join(binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57))


def decodebytes(s):
    """Decode lines of base64 (as encodebytes writes them)."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError(f'expected bytes-like object, not {type(s).__name__}')
    return binascii.a2b_base64(s)


def _unavailable(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f'base64.{name} is not supported in the playground')
    fn.__name__ = name
    return fn


a85encode = _unavailable('a85encode')
a85decode = _unavailable('a85decode')
encode = _unavailable('encode')
decode = _unavailable('decode')

"""binascii for the playground, written in Python: hexlify/b2a_hex, unhexlify/a2b_hex,
b2a_base64, a2b_base64 (strict_mode too), crc32, crc_hqx, Error and Incomplete, as CPython 3.11.
The uu, quoted-printable and binhex codecs are not available (they raise an error that says
so)."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass



_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
_HEX = b'0123456789abcdef'


def _buffer(data):
    # the argument of functions that take only bytes-like objects ("y*" in CPython)
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii_data(data):
    # the argument of the decoders: bytes-like, or a str of ASCII characters only
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not "
                    f"'{type(data).__name__}'")


def hexlify(data, sep=None, bytes_per_sep=1):
    """The bytes as hexadecimal digits (bytes), optionally with sep between groups."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes that a string of hexadecimal digits stands for."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    digits = b'0123456789abcdefABCDEF'
    for i in range(0, len(data), 2):
        hi, lo = data[i], data[i + 1]
        if hi not in digits or lo not in digits:
            raise Error('Non-hexadecimal digit found')
        out.append(int(chr(hi) + chr(lo), 16))
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """The data in base64 (one line, with a newline at the end unless newline=False)."""
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 data; characters outside the alphabet are skipped unless strict_mode."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    # mirrors binascii_a2b_base64_impl: one state machine over the characters
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE[c]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos, left = 1, v
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            quad_pos, left = 2, v & 15
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            quad_pos, left = 3, v & 3
        else:
            out.append(((left << 6) | v) & 255)
            quad_pos, left = 0, 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    f'({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4')
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data, value=0, /):
    """The CRC-32 of data, continuing from value (an unsigned 32-bit int)."""
    data = _buffer(data)
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value, /):
    """The CRC-CCITT (XMODEM) of data, continuing from value."""
    data = _buffer(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def _unavailable(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f'binascii.{name} is not supported in the playground')
    fn.__name__ = name
    return fn


b2a_uu = _unavailable('b2a_uu')
a2b_uu = _unavailable('a2b_uu')
b2a_qp = _unavailable('b2a_qp')
a2b_qp = _unavailable('a2b_qp')

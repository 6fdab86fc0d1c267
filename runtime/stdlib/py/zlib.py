"""zlib for the playground: only the checksums crc32 and adler32 (as CPython 3.11); compressing
and decompressing are not available (they raise an error that says so)."""

import binascii as _binascii

__all__ = ['crc32', 'adler32', 'error']


class error(Exception):
    pass


def crc32(data, value=0, /):
    """The CRC-32 of data, continuing from value."""
    return _binascii.crc32(data, value)


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value."""
    data = _binascii._buffer(data)
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    for i in range(0, len(data), 4096):
        for c in data[i:i + 4096]:
            a += c
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


def _unavailable(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f'zlib.{name} is not available in the playground '
                                  '(only zlib.crc32 and zlib.adler32 are)')
    fn.__name__ = name
    return fn


compress = _unavailable('compress')
decompress = _unavailable('decompress')
compressobj = _unavailable('compressobj')
decompressobj = _unavailable('decompressobj')

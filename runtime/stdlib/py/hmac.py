"""hmac for the playground, written in Python (RFC 2104 over hashlib's md5/sha1/sha2): new,
HMAC (update, copy, digest, hexdigest, name, digest_size, block_size), digest and
compare_digest, as CPython 3.11."""

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

digest_size = None


def _maker(digestmod):
    # what CPython's HMAC accepts as digestmod: a name, a constructor, or a module with new()
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    if callable(digestmod):
        return digestmod
    return lambda d=b'': digestmod.new(d)


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _maker(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key + b'\x00' * (block - len(key))
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size, other.block_size = self.digest_size, self.block_size
        other._inner, other._outer = self._inner.copy(), self._outer.copy()
        return other

    def digest(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """hmac.new(key, msg=None, digestmod): a new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """hmac.digest(key, msg, digest): the HMAC of msg in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """Compare two str (ASCII only) or two bytes-like objects, in constant time in CPython."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a, b = a.encode('ascii'), b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError('comparing strings with non-ASCII characters is not supported') from None
    else:
        buffers = (bytes, bytearray, memoryview)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'")
    a, b = bytes(a), bytes(b)
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0

"""hashlib for the playground, written in Python: md5, sha1, sha224, sha256, sha384 and sha512
(new, update, digest, hexdigest, copy, name, digest_size, block_size), exact on every input.
Pure Python, so hashing megabytes is slow; the SHA-3, BLAKE2 and SHAKE families and scrypt are
not available (they raise an error that says so)."""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = frozenset(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_bytes(data):
    # the buffer check of CPython's hash constructors and update()
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError('object supporting the buffer API required')


# --- MD5 (RFC 1321) ---------------------------------------------------------------------------
_MD5_S = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4
_MD5_K = (
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391)
_MD5_G = tuple(i if i < 16 else (5 * i + 1) % 16 if i < 32 else (3 * i + 5) % 16 if i < 48
               else (7 * i) % 16 for i in range(64))


def _md5_block(state, block):
    x = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
    a, b, c, d = state
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
        elif i < 32:
            f = (d & b) | (~d & c)
        elif i < 48:
            f = b ^ c ^ d
        else:
            f = c ^ (b | (~d & _M32))
        f = (f + a + _MD5_K[i] + x[_MD5_G[i]]) & _M32
        s = _MD5_S[i]
        a, d, c = d, c, b
        b = (b + (((f << s) | (f >> (32 - s))) & _M32)) & _M32
    return [(state[0] + a) & _M32, (state[1] + b) & _M32, (state[2] + c) & _M32,
            (state[3] + d) & _M32]


# --- SHA-1 (FIPS 180-4) -----------------------------------------------------------------------
def _sha1_block(state, block):
    w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
    for i in range(16, 80):
        t = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
        w.append(((t << 1) | (t >> 31)) & _M32)
    a, b, c, d, e = state
    for i in range(80):
        if i < 20:
            f = ((b & c) | (~b & d)) + 0x5A827999
        elif i < 40:
            f = (b ^ c ^ d) + 0x6ED9EBA1
        elif i < 60:
            f = ((b & c) | (b & d) | (c & d)) + 0x8F1BBCDC
        else:
            f = (b ^ c ^ d) + 0xCA62C1D6
        t = ((((a << 5) | (a >> 27)) & _M32) + f + e + w[i]) & _M32
        e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & _M32, a, t
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e))]


# --- SHA-224/256 ------------------------------------------------------------------------------
_K256 = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2)


def _sha256_block(state, block):
    w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
    for i in range(16, 64):
        x, y = w[i - 15], w[i - 2]
        s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
        s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
    a, b, c, d, e, f, g, h = state
    for i in range(64):
        s1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & _M32
        t1 = h + s1 + ((e & f) ^ (~e & g)) + _K256[i] + w[i]
        s0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & _M32
        t2 = s0 + ((a & b) ^ (a & c) ^ (b & c))
        h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e, f, g, h))]


# --- SHA-384/512 ------------------------------------------------------------------------------
_K512 = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817)


def _sha512_block(state, block):
    w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    for i in range(16, 80):
        x, y = w[i - 15], w[i - 2]
        s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
        s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
    a, b, c, d, e, f, g, h = state
    for i in range(80):
        s1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & _M64
        t1 = h + s1 + ((e & f) ^ (~e & g)) + _K512[i] + w[i]
        s0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & _M64
        t2 = s0 + ((a & b) ^ (a & c) ^ (b & c))
        h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
    return [(s + v) & _M64 for s, v in zip(state, (a, b, c, d, e, f, g, h))]


# name: (digest_size, block_size, word bytes, byte order, block function, initial state)
_ALGOS = {
    'md5': (16, 64, 4, 'little', _md5_block, (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)),
    'sha1': (20, 64, 4, 'big', _sha1_block,
             (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)),
    'sha224': (28, 64, 4, 'big', _sha256_block,
               (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511,
                0x64f98fa7, 0xbefa4fa4)),
    'sha256': (32, 64, 4, 'big', _sha256_block,
               (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
                0x1f83d9ab, 0x5be0cd19)),
    'sha384': (48, 128, 8, 'big', _sha512_block,
               (0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4)),
    'sha512': (64, 128, 8, 'big', _sha512_block,
               (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)),
}

_UNAVAILABLE = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
                'blake2b', 'blake2s', 'sm3', 'ripemd160', 'md5-sha1', 'sha512_224', 'sha512_256')


class HASH:
    """A running hash: CPython's _hashlib.HASH."""

    def __init__(self, name, data=b''):
        self._name = name
        spec = _ALGOS[name]
        self._spec = spec
        self._state = list(spec[5])
        self._buf = b''
        self._count = 0
        self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return self._spec[0]

    @property
    def block_size(self):
        return self._spec[1]

    def update(self, data, /):
        data = _as_bytes(data)
        self._count += len(data)
        buf = self._buf + data if self._buf else data
        size, block = self._spec[1], self._spec[4]
        state = self._state
        n = len(buf) - len(buf) % size
        for i in range(0, n, size):
            state = block(state, buf[i:i + size])
        self._state = state
        self._buf = buf[n:]

    def copy(self):
        other = HASH.__new__(HASH)
        other._name, other._spec = self._name, self._spec
        other._state, other._buf, other._count = list(self._state), self._buf, self._count
        return other

    def digest(self):
        digest_size, size, word, order, block, _ = self._spec
        length_bytes = 16 if size == 128 else 8
        bits = (self._count * 8).to_bytes(length_bytes, order)
        pad = b'\x80' + b'\x00' * ((size - length_bytes - 1 - len(self._buf)) % size)
        tail = self._buf + pad + bits
        state = self._state
        for i in range(0, len(tail), size):
            state = block(state, tail[i:i + size])
        out = b''.join(v.to_bytes(word, order) for v in state)
        return out[:digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    make.__name__ = 'openssl_' + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def new(name, data=b'', **kwargs):
    """hashlib.new(name, data=b''): a hash object for the named algorithm."""
    if not isinstance(name, str):
        raise TypeError(f'new() argument \'name\' must be str, not {type(name).__name__}')
    key = name.lower()
    if key in _ALGOS:
        return HASH(key, data)
    if key in _UNAVAILABLE:
        raise NotImplementedError(f"hashlib.{key} is not supported in the playground "
                                  "(available: md5, sha1, sha224, sha256, sha384, sha512)")
    raise ValueError('unsupported hash type ' + name)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC (RFC 8018), as hashlib.pbkdf2_hmac; slow in pure Python."""
    import hmac as _hmac
    password, salt = _as_bytes(password), _as_bytes(salt)
    if hash_name.lower() not in _ALGOS:
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = _ALGOS[hash_name.lower()][0]
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    base = _hmac.new(password, None, hash_name)
    out = b''
    index = 1
    while len(out) < dklen:
        h = base.copy()
        h.update(salt + index.to_bytes(4, 'big'))
        u = h.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            h = base.copy()
            h.update(u)
            u = h.digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        index += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of a file opened for binary reading (digest: a name or a constructor)."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython reads with readinto(); the playground's files offer read()
    read = getattr(fileobj, 'read', None)
    while read is not None:
        chunk = read(_bufsize)
        if not isinstance(chunk, (bytes, bytearray)):
            break
        if not chunk:
            return digestobj
        digestobj.update(chunk)
    raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")


def _unavailable(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(f"hashlib.{name} is not supported in the playground "
                                  "(available: md5, sha1, sha224, sha256, sha384, sha512)")
    fn.__name__ = name
    return fn


sha3_224 = _unavailable('sha3_224')
sha3_256 = _unavailable('sha3_256')
sha3_384 = _unavailable('sha3_384')
sha3_512 = _unavailable('sha3_512')
shake_128 = _unavailable('shake_128')
shake_256 = _unavailable('shake_256')
blake2b = _unavailable('blake2b')
blake2s = _unavailable('blake2s')
scrypt = _unavailable('scrypt')

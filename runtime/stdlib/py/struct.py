"""struct: bytes <-> values by a format, as CPython 3.11 on x86-64 Linux packs them (native
sizes and alignment with '@', standard sizes with '=', '<', '>', '!'), with its messages."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size); None: the code exists only in native mode
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
    'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8),
    'n': (8, None), 'N': (8, None), 'P': (8, None), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8),
    's': (1, 1), 'p': (1, 1),
}
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQNP')
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
# (exponent bits, fraction bits) of the IEEE formats
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    # -> (byte order 'little'/'big', [(code, count, offset, size)], total size)
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    native = True
    order = 'little'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        order = 'big' if fmt[0] in '>!' else 'little'
        i = 1
    items = []
    offset = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            start = i
            while i < len(fmt) and fmt[i].isdigit():
                i += 1
            count = int(fmt[start:i])
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        i += 1
        sizes = _SIZES.get(ch)
        size = None if sizes is None else sizes[0 if native else 1]
        if size is None:
            raise error('bad char in struct format')
        if count is None:
            count = 1
        if native and ch not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        items.append((ch, count, offset, size))
        offset += size * count
    return order, items, offset


def _nargs(items):
    return sum(1 if code in 'sp' else (0 if code == 'x' else count) for code, count, _, _ in items)


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(value)


def _pack_int(code, size, value, order):
    v = _as_int(value)
    bits = 8 * size
    if code in _SIGNED:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= v <= high:
        # CPython converts to a C long first (or an unsigned long for I, L, Q, N, P): what does
        # not fit it is "out of range"; b, B, h, H, i, I and the 4-byte l, L name their range
        if code in 'bBhH':
            fits = -(1 << 63) <= v < (1 << 63)
        elif code in _UNSIGNED:
            fits = 0 <= v < (1 << 64) and size < 8
        else:
            fits = -(1 << 63) <= v < (1 << 63) and size < 8
        if not fits:
            raise error('argument out of range')
        name = _NAMED.get(code)
        prefix = name + ' format' if name else "'%s' format" % code
        raise error('%s requires %d <= number <= %d' % (prefix, low, high))
    return v.to_bytes(size, order, signed=code in _SIGNED)


def _as_float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int) or hasattr(type(value), '__float__') or \
            hasattr(type(value), '__index__'):
        return float(value)
    raise error('required argument is not a float')


def _float_bits(code, x):
    # the IEEE bits of x in the format of `code`, rounded to nearest even (a C cast for 'f',
    # CPython's PyFloat_Pack2 for 'e'); too large after rounding is an OverflowError
    exp_bits, frac_bits = _FLOATS[code]
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = sign << (exp_bits + frac_bits)
    all_ones = (1 << exp_bits) - 1
    if _math.isnan(x):
        return top | (all_ones << frac_bits) | (1 << (frac_bits - 1))
    if _math.isinf(x):
        return top | (all_ones << frac_bits)
    x = abs(x)
    if x == 0.0:
        return top
    bias = (1 << (exp_bits - 1)) - 1
    m, e = _math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    exponent = e - 1 + bias
    if exponent >= 1:
        mant = round(m * (1 << (frac_bits + 1)))  # frac_bits + 1 significant bits
        bits = (exponent << frac_bits) + (mant - (1 << frac_bits))
    else:
        bits = round(_math.ldexp(x, bias - 1 + frac_bits))  # a subnormal's fraction
    if bits >> frac_bits >= all_ones:
        raise OverflowError('float too large to pack with %s format' % code)
    return top | bits


def _unpack_float(code, bits):
    exp_bits, frac_bits = _FLOATS[code]
    sign = -1.0 if bits >> (exp_bits + frac_bits) else 1.0
    exponent = (bits >> frac_bits) & ((1 << exp_bits) - 1)
    fraction = bits & ((1 << frac_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if exponent == (1 << exp_bits) - 1:
        return sign * _math.inf if fraction == 0 else _math.copysign(_math.nan, sign)
    if exponent == 0:
        return sign * _math.ldexp(fraction, 1 - bias - frac_bits)
    return sign * _math.ldexp(fraction + (1 << frac_bits), exponent - bias - frac_bits)


def _bytes_arg(code, value):
    if not isinstance(value, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % code)
    return bytes(value)


def _pack_fields(order, items, size, args):
    if len(args) != _nargs(items):
        raise error('pack expected %d items for packing (got %d)' % (_nargs(items), len(args)))
    out = bytearray(size)
    values = iter(args)
    for code, count, offset, item_size in items:
        if code == 'x':
            continue
        if code in 'sp':
            data = _bytes_arg(code, next(values))
            if code == 's':
                data = data[:count]
            else:
                data = data[:max(count - 1, 0)]
                if count:
                    out[offset] = min(len(data), 255)
                offset += 1 if count else 0
            out[offset:offset + len(data)] = data
            continue
        for k in range(count):
            value = next(values)
            at = offset + k * item_size
            if code == 'c':
                if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                    raise error('char format requires a bytes object of length 1')
                chunk = bytes(value)
            elif code == '?':
                chunk = b'\x01' if value else b'\x00'
            elif code in _FLOATS:
                chunk = _float_bits(code, _as_float(value)).to_bytes(item_size, order)
            else:
                chunk = _pack_int(code, item_size, value, order)
            out[at:at + item_size] = chunk
    return bytes(out)


def _unpack_fields(order, items, data):
    result = []
    for code, count, offset, item_size in items:
        if code == 'x':
            continue
        if code == 's':
            result.append(bytes(data[offset:offset + count]))
            continue
        if code == 'p':
            if count == 0:
                result.append(b'')
                continue
            n = min(data[offset], count - 1)
            result.append(bytes(data[offset + 1:offset + 1 + n]))
            continue
        for k in range(count):
            at = offset + k * item_size
            chunk = bytes(data[at:at + item_size])
            if code == 'c':
                result.append(chunk)
            elif code == '?':
                result.append(chunk != b'\x00')
            elif code in _FLOATS:
                result.append(_unpack_float(code, int.from_bytes(chunk, order)))
            else:
                result.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
    return tuple(result)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class Struct:
    def __init__(self, format):
        self._order, self._items, self.size = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format

    def pack(self, *args):
        return _pack_fields(self._order, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack_fields(self._order, self._items, data)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        return _unpack_fields(self._order, self._items, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return (self.unpack(data[i:i + self.size]) for i in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    return _struct(format).size


def pack(format, /, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)

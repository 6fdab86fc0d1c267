"""array in Loopscope: typed arrays as CPython 3.11's array module on x86-64 Linux (item sizes
b/B 1, u 4, h/H 2, i/I 4, l/L 8, q/Q 8, f 4, d 8; little-endian), with its checks and messages.
The items are kept as Python values ('f' ones rounded to single precision); bytes come from
struct. Not included: the buffer protocol (memoryview(a); bytes(a) works through __bytes__)
and pickling with protocol 3 or more in CPython's byte-exact form."""
import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# the struct code giving each type's bytes (little-endian standard sizes: 'l' is 8 bytes here)
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
           'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
_SIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
         'Q': 8, 'f': 4, 'd': 8}

def _index(v):
    # as operator.index, with its message
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1


def _range_error(v, lo, hi, what):
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')
    if v < lo:
        raise OverflowError(what + ' is less than minimum')


def _as_long(v):
    # as PyArg_Parse's 'h' / 'i' / 'l': __index__, then the C long range
    v = _index(v)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return v


def _check_b(v):
    v = _as_long(v)
    _range_error(v, -32768, 32767, 'signed short integer')
    _range_error(v, -128, 127, 'signed char')
    return v


def _check_B(v):
    v = _as_long(v)
    _range_error(v, 0, 255, 'unsigned byte integer')
    return v


def _check_h(v):
    v = _as_long(v)
    _range_error(v, -32768, 32767, 'signed short integer')
    return v


def _check_H(v):
    v = _as_long(v)
    _range_error(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    _range_error(v, 0, 65535, 'unsigned short')
    return v


def _check_i(v):
    v = _as_long(v)
    _range_error(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    return v


def _check_I(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if v > 2 ** 32 - 1:
        raise OverflowError('unsigned int is greater than maximum')
    return v


def _check_L(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return v


def _check_q(v):
    v = _index(v)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _check_Q(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _check_d(v):
    # as PyFloat_AsDouble: a float, or what has __float__ or __index__
    if isinstance(v, float):
        return float(v)
    t = type(v)
    if hasattr(t, '__float__'):
        return float(v)
    if hasattr(t, '__index__'):
        return float(_index(v))
    raise TypeError('must be real number, not ' + t.__name__)


def _check_f(v):
    v = _check_d(v)
    try:
        return _struct.unpack('<f', _struct.pack('<f', v))[0]
    except OverflowError:
        return float('inf') if v > 0 else float('-inf')


def _check_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


_CHECK = {'b': _check_b, 'B': _check_B, 'u': _check_u, 'h': _check_h, 'H': _check_H,
          'i': _check_i, 'I': _check_I, 'l': _as_long, 'L': _check_L, 'q': _check_q,
          'Q': _check_Q, 'f': _check_f, 'd': _check_d}


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray, memoryview)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class array:
    """array(typecode[, initializer]): a sequence of numbers (or characters) of one C type."""

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args)
                            if args else 'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not '
                            + type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._data = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str) and typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            if isinstance(init, array) and init._code == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            if isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, str):
                self.fromunicode(init)
            else:
                self._data = self._checked(init)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _checked(self, values):
        check = _CHECK[self._code]
        return [check(v) for v in values]

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZE[self._code]

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return "%s('%s')" % (name, self._code)
        if self._code == 'u':
            return "%s('%s', %r)" % (name, self._code, ''.join(self._data))
        return "%s('%s', %r)" % (name, self._code, self._data)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, v):
        return v in self._data

    def _index(self, i):
        try:
            return _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._code)
            r._data = self._data[i]
            return r
        i = self._index(i)
        try:
            return self._data[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = i.indices(len(self._data))
            if step != 1:
                n = len(range(start, stop, step))
                if len(v._data) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice '
                                     'of size %d' % (len(v._data), n))
            self._data[i] = list(v._data)
            return
        i = self._index(i)
        v = _CHECK[self._code](v)
        try:
            self._data[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._data[i]
            return
        i = self._index(i)
        try:
            del self._data[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # as array_richcompare: items compared by value, as lists are; only arrays compare
    def _other(self, other):
        return other._data if isinstance(other, array) else None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._data >= o

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._code)
        r._data = self._data + other._data
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _index(n)
        r = array(self._code)
        r._data = self._data * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._data *= _index(n)
        return self

    def __copy__(self):
        r = array(self._code)
        r._data = list(self._data)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._code, self.tolist()), getattr(self, '__dict__', None) or None)

    def __bytes__(self):
        return self.tobytes()

    def append(self, v):
        self._data.append(_CHECK[self._code](v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._data.extend(list(iterable._data))
            return
        check = _CHECK[self._code]
        for v in iterable:
            self._data.append(check(v))

    def insert(self, i, v):
        self._data.insert(_index(i), _CHECK[self._code](v))

    def pop(self, i=-1):
        if not self._data:
            raise IndexError('pop from empty array')
        try:
            return self._data.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        for k, x in enumerate(self._data):
            if x == v:
                del self._data[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807):
        n = len(self._data)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if self._data[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._data if x == v)

    def reverse(self):
        self._data.reverse()

    def buffer_info(self):
        return (id(self), len(self._data))

    def byteswap(self):
        size = _SIZE[self._code]
        b = self.tobytes()
        swapped = b''.join(b[k:k + size][::-1] for k in range(0, len(b), size))
        self._data = self._decode(swapped)

    def _decode(self, b):
        n = len(b) // _SIZE[self._code]
        values = list(_struct.unpack('<%d%s' % (n, _STRUCT[self._code]), b))
        if self._code == 'u':
            for k, c in enumerate(values):
                if c > 0x10ffff:
                    raise ValueError('character U+%x is not in range [U+0000; U+10ffff]' % c)
                values[k] = chr(c)
        return values

    def tobytes(self):
        values = [ord(c) for c in self._data] if self._code == 'u' else self._data
        return _struct.pack('<%d%s' % (len(values), _STRUCT[self._code]), *values)

    def frombytes(self, buffer):
        b = _bytes_like(buffer)
        if len(b) % _SIZE[self._code]:
            raise ValueError('bytes length not a multiple of item size')
        self._data.extend(self._decode(b))

    def tolist(self):
        return list(self._data)

    def fromlist(self, list_):
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        self._data.extend(self._checked(list_))

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._data)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not ' + type(s).__name__)
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._data.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _SIZE[self._code]
        b = f.read(n * size)
        if not isinstance(b, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(b) - len(b) % size
        self.frombytes(b[:whole])
        if len(b) != n * size:
            raise EOFError("read() didn't return enough bytes")


ArrayType = array

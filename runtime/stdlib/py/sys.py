"""The Python half of the sys module: version_info, float_info, implementation and the small
facts a tutorial prints. It runs in the namespace of the native module
(runtime/stdlib/sys_module.cpp). Values are CPython 3.11's on a 64-bit little-endian machine."""


class _Record:
    # a read-only named record that compares and indexes as a tuple (sys.version_info, ...)
    _name = ''
    _fields = ()

    def __init__(self, *values):
        object.__setattr__(self, '_values', tuple(values))

    def __getattr__(self, name):
        if name in self._fields:
            return self._values[self._fields.index(name)]
        raise AttributeError(f"'{self._name}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __hash__(self):
        return hash(self._values)

    def _tuple(self, other):
        if isinstance(other, _Record):
            return other._values
        return other if isinstance(other, tuple) else None

    def __eq__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values == o

    def __ne__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values != o

    def __lt__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values < o

    def __le__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values <= o

    def __gt__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values > o

    def __ge__(self, other):
        o = self._tuple(other)
        return NotImplemented if o is None else self._values >= o

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self._values))
        return f'{self._name}({shown})'


class _VersionInfo(_Record):
    _name = 'sys.version_info'
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')


class _FloatInfo(_Record):
    _name = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
               'mant_dig', 'epsilon', 'radix', 'rounds')


class _IntInfo(_Record):
    _name = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
               'str_digits_check_threshold')


version_info = _VersionInfo(3, 11, 7, 'final', 0)
hexversion = 0x030b07f0
float_info = _FloatInfo(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
                        -307, 15, 53, 2.220446049250313e-16, 2, 1)
int_info = _IntInfo(30, 4, 4300, 640)
byteorder = 'little'
maxunicode = 0x10ffff
executable = ''
path = []
flags = None
dont_write_bytecode = True


def intern(string, /):
    if type(string) is not str:
        raise TypeError(f'intern() argument must be str, not {type(string).__name__}')
    return string


class _AsyncgenHooks(_Record):
    _name = 'asyncgen_hooks'
    _fields = ('firstiter', 'finalizer')


_AsyncgenHooks.__name__ = _AsyncgenHooks.__qualname__ = 'asyncgen_hooks'
_AsyncgenHooks.__module__ = 'builtins'


_unset = object()


# as sys.set_asyncgen_hooks: the finalizer is checked first, None clears a hook
def set_asyncgen_hooks(firstiter=_unset, finalizer=_unset, **others):
    for name in others:
        raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    if finalizer is not _unset and finalizer is not None and not callable(finalizer):
        raise TypeError(f'callable finalizer expected, got {type(finalizer).__name__}')
    if firstiter is not _unset and firstiter is not None and not callable(firstiter):
        raise TypeError(f'callable firstiter expected, got {type(firstiter).__name__}')
    old_firstiter, old_finalizer = _asyncgen_hooks()
    _set_asyncgen_hooks(old_firstiter if firstiter is _unset else firstiter,
                        old_finalizer if finalizer is _unset else finalizer)


def get_asyncgen_hooks():
    return _AsyncgenHooks(*_asyncgen_hooks())


def _unsupported(name, why):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f'sys.{name} is not supported in the playground: {why}')
    unsupported.__name__ = name
    return unsupported


getsizeof = _unsupported('getsizeof', "the playground's objects do not have CPython's sizes")
settrace = _unsupported('settrace', 'the playground traces the program itself')
setprofile = _unsupported('setprofile', 'the playground traces the program itself')


class _Stdin:
    """sys.stdin: the program's standard input as text, read through _readline a line at a
    time (what input() reads too)."""
    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    errors = 'strict'
    closed = False

    def __init__(self):
        self._buffer = ''
        self._ended = False

    def _more(self):
        if self._ended:
            return False
        line = _readline()
        if not line:
            self._ended = True
            return False
        self._buffer += line
        return True

    def readline(self, size=-1):
        while '\n' not in self._buffer and self._more():
            pass
        i = self._buffer.find('\n')
        end = len(self._buffer) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def read(self, size=-1):
        if size is None or size < 0:
            while self._more():
                pass
            size = len(self._buffer)
        while len(self._buffer) < size and self._more():
            pass
        text, self._buffer = self._buffer[:size], self._buffer[size:]
        return text

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def isatty(self):
        return False

    def fileno(self):
        return 0

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = __stdin__ = _Stdin()
__stdout__ = stdout
__stderr__ = stderr

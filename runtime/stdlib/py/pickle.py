"""pickle in Loopscope: dumps/dump make the bytes CPython 3.11's C pickler makes, for protocols
0 to 5 (framing of protocol 4 and 5 included; pickles over 64 KiB may be framed differently),
for None, bool, int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, complex,
range, globals (functions and classes of importable modules), exceptions and instances of
classes (__reduce_ex__, __reduce__, __getnewargs__, __getstate__/__setstate__, __slots__,
copyreg's dispatch table). loads/load read any pickle of those. Files are those of the
simulated disk. Not included: out-of-band buffers (PickleBuffer, buffer_callback), and
loading a global from a module the program has not imported (the playground has no import
by a computed name)."""
import io as _io
import sys as _sys
from struct import pack as _pack, unpack as _unpack

import copyreg as _copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pickle.PickleBuffer is not supported in the playground: "
                                  "out-of-band buffers need shared memory")


# the opcodes (pickletools names them)
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2, NONE = b'F', b'I', b'J', b'K', b'L', b'M', b'N'
PERSID, BINPERSID, REDUCE, STRING, BINSTRING, SHORT_BINSTRING = b'P', b'Q', b'R', b'S', b'T', b'U'
UNICODE, BINUNICODE, APPEND, BUILD, GLOBAL, DICT = b'V', b'X', b'a', b'b', b'c', b'd'
EMPTY_DICT, APPENDS, GET, BINGET, INST, LONG_BINGET = b'}', b'e', b'g', b'h', b'i', b'j'
LIST, EMPTY_LIST, OBJ, PUT, BINPUT, LONG_BINPUT = b'l', b']', b'o', b'p', b'q', b'r'
SETITEM, TUPLE, EMPTY_TUPLE, SETITEMS, BINFLOAT = b's', b't', b')', b'u', b'G'
TRUE, FALSE = b'I01\n', b'I00\n'
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b'\x85', b'\x86', b'\x87', b'\x88', b'\x89'
LONG1, LONG4 = b'\x8a', b'\x8b'
BINBYTES, SHORT_BINBYTES = b'B', b'C'
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8, EMPTY_SET = b'\x8c', b'\x8d', b'\x8e', b'\x8f'
ADDITEMS, FROZENSET, NEWOBJ_EX, STACK_GLOBAL = b'\x90', b'\x91', b'\x92', b'\x93'
MEMOIZE, FRAME = b'\x94', b'\x95'
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x96', b'\x97', b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4

# Python 3 names as a protocol 0-2 pickle writes them (_compat_pickle), and back
_REVERSE_IMPORT = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                   'collections.abc': '_abcoll', '_functools': 'functools'}
_REVERSE_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
                 ('functools', 'reduce'): ('__builtin__', 'reduce'),
                 ('sys', 'intern'): ('__builtin__', 'intern'),
                 ('builtins', 'chr'): ('__builtin__', 'unichr'),
                 ('builtins', 'str'): ('__builtin__', 'unicode'),
                 ('builtins', 'int'): ('__builtin__', 'long'),
                 ('builtins', 'zip'): ('itertools', 'izip'),
                 ('builtins', 'map'): ('itertools', 'imap'),
                 ('builtins', 'filter'): ('itertools', 'ifilter')}
# builtin exceptions were in Python 2's exceptions module (OSError's subclasses as OSError)
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()
for _name in _PY2_EXCEPTIONS:
    _REVERSE_NAME[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _REVERSE_NAME[('builtins', _name)] = ('exceptions', 'OSError')
_REVERSE_NAME[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_IMPORT = {v: k for k, v in _REVERSE_IMPORT.items()}
_IMPORT['exceptions'] = 'builtins'
_NAME = {v: k for k, v in _REVERSE_NAME.items() if v[0] != 'exceptions'}
_NAME[('__builtin__', 'basestring')] = ('builtins', 'str')


def _encode_long(x):
    # as _pickle's save_long: two's complement, little-endian, at most one sign byte
    if x == 0:
        return b''
    nbytes = (abs(x).bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    # as _pickle's raw_unicode_escape: protocol 0 text
    out = []
    for c in s:
        o = ord(c)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 256 or c in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % o)
        else:
            out.append(c)
    return ''.join(out).encode('latin-1')


# as pickle.whichmodule: __module__, else the imported module that has the object
def _module_of(obj, name=None):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    name = name or getattr(obj, '__qualname__', None) or getattr(obj, '__name__', '')
    modules = _sys.modules
    for module_name in ['builtins'] + list(modules):
        module = modules.get(module_name)
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, subpath)
    return obj


# ---------------------------------------------------------------------------------------------
# Pickling
# ---------------------------------------------------------------------------------------------
class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None:
            raise NotImplementedError("pickle's buffer_callback is not supported in the "
                                      "playground")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._module_names = {}
        self._out = []
        self._frame = None  # the current frame's parts (protocol 4 and 5)

    def clear_memo(self):
        self.memo.clear()

    # -- output and framing (as _Pickler_CommitFrame: a frame under 4 bytes has no header)
    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
        else:
            self._out.append(data)

    def _commit_frame(self, force=False):
        if self._frame is None:
            return
        data = b''.join(self._frame)
        if data and (force or len(data) >= _FRAME_SIZE_TARGET):
            if len(data) >= _FRAME_SIZE_MIN:
                self._out.append(FRAME + _pack('<Q', len(data)))
            self._out.append(data)
            self._frame = []
        else:
            self._frame = [data]

    def _write_large(self, header, payload):
        # as _Pickler_write_bytes: a payload of a frame's size goes outside frames
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame(True)
            self._out.append(header)
            self._out.append(payload)
        else:
            self.write(header + payload)

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._out = []
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = []
        self.save(obj)
        self.write(STOP)
        self._commit_frame(True)
        self._frame = None
        self._file_write(b''.join(self._out))

    # -- the memo
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([idx]) if idx < 256 else LONG_BINPUT + _pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            return BINGET + bytes([i]) if i < 256 else LONG_BINGET + _pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    # -- save: the type's own writer, else a reduction
    def save(self, obj, save_persistent_id=True):
        if self._frame is not None:
            self._commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            table = self.dispatch_table if self.dispatch_table is not None \
                else _copyreg.dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 "
                                "elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    # as _pickle's save_reduce: NEWOBJ / NEWOBJ_EX for copyreg's constructors, else REDUCE
    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a "
                                "tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                raise NotImplementedError("pickling keyword arguments of __new__ with protocol "
                                          "2 or 3 is not supported in the playground")
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the types with their own opcodes
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + bytes([obj]))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + _pack("<H", obj))
                else:
                    self.write(BININT + _pack("<i", obj))
            else:
                self.write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes([n]) + data)
            else:
                self.write(LONG4 + _pack("<i", n) + data)
            return
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + _pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _pack("<Q", n), encoded)
            else:
                self._write_large(BINUNICODE + _pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # as _pickle's save_tuple: a tuple met again inside itself is thrown away and fetched
    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            self.write((POP_MARK if self.bin else POP * (n + 1)) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            if type(obj) is list:
                self._batch_list_exact(obj)
            else:
                self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        if not self.bin:
            for x in obj:
                save(x)
                self.write(APPEND)
            return
        if len(obj) == 1:
            save(obj[0])
            self.write(APPEND)
            return
        total = 0
        while total < len(obj):
            self.write(MARK)
            for x in obj[total:total + _BATCHSIZE]:
                save(x)
            total += len(obj[total:total + _BATCHSIZE])
            self.write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            tmp = items[start:start + _BATCHSIZE]
            if len(tmp) > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            else:
                save(tmp[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            if type(obj) is dict and self.bin:
                self._batch_dict_exact(obj)
            else:
                self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        items = list(obj.items())
        if len(items) == 1:
            save(items[0][0])
            save(items[0][1])
            self.write(SETITEM)
            return
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for k, v in items[start:start + _BATCHSIZE]:
                save(k)
                save(v)
            self.write(SETITEMS)

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            tmp = items[start:start + _BATCHSIZE]
            if len(tmp) > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), getattr(obj, '__dict__', None) or None, obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)
            start += _BATCHSIZE
            if len(batch) < _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # as _pickle's save_global: a module-level name that gives back this very object
    def save_global(self, obj, name=None):
        special = _SPECIAL_GLOBALS.get(id(obj))
        if special is not None:
            return self._write_global(obj, *special)
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = _module_of(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module = _sys.modules.get(module_name)
        try:
            if module is None:
                raise AttributeError(name)
            obj2 = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        self._write_global(obj, module_name, name)

    def _write_global(self, obj, module_name, name):
        # one string object per module name, memoized once, as CPython's: classes share their
        # module's name, builtin functions hold their module's own copy
        key = (module_name, type(obj) is type(len))
        module_name = self._module_names.setdefault(key, module_name)
        if self.proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self.write(EXT2 + _pack("<H", code))
                else:
                    self.write(EXT4 + _pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if '.' in name:
                raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                                    % (obj, module_name, name))
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME:
                    module_name, name = _REVERSE_NAME[(module_name, name)]
                elif module_name in _REVERSE_IMPORT:
                    module_name = _REVERSE_IMPORT[module_name]
            try:
                self.write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii')
                           + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


Pickler._dispatch = {type(None): Pickler.save_none, bool: Pickler.save_bool,
                     int: Pickler.save_long, float: Pickler.save_float,
                     bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
                     str: Pickler.save_str, tuple: Pickler.save_tuple, list: Pickler.save_list,
                     dict: Pickler.save_dict, set: Pickler.save_set,
                     frozenset: Pickler.save_frozenset, type: Pickler.save_type}
for _f in (len, print, _pack):
    Pickler._dispatch[type(_f)] = Pickler.save_global
Pickler._dispatch[type(_module_of)] = Pickler.save_global


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    import codecs
    return codecs.encode(obj, encoding, errors)


# globals whose home module the playground does not have under that name
_SPECIAL_GLOBALS = {id(_codecs_encode): ('_codecs', 'encode')}


def _own(cls, name):
    # the class's own definition of name, ignoring object's (the playground's object has none)
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _getstate(obj):
    getstate = _own(type(obj), '__getstate__')
    if getstate is not None:
        return getstate(obj)
    state = getattr(obj, '__dict__', None) or None
    slotnames = _copyreg._slotnames(type(obj))
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_BUILTIN_TYPES = (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool,
                  complex)


# as object.__reduce_ex__: the class's own __reduce_ex__ / __reduce__, else CPython's default
def _reduce_ex(obj, proto):
    cls = type(obj)
    reduce_ex = _own(cls, '__reduce_ex__')
    if reduce_ex is not None:
        return reduce_ex(obj, proto)
    reduce = _own(cls, '__reduce__')
    if reduce is not None:
        return reduce(obj)
    if isinstance(obj, range):
        return (range, (obj.start, obj.stop, obj.step))
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if not isinstance(obj, _BUILTIN_TYPES) and (
            getattr(cls, '__module__', None) == 'builtins'
            or not hasattr(obj, '__dict__') and not _copyreg._slotnames(cls)):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if proto < 2:
        return _copyreg._reduce_ex(obj, proto)
    args, kwargs = (), None
    getnewargs_ex = _own(cls, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
    else:
        getnewargs = _own(cls, '__getnewargs__')
        if getnewargs is not None:
            args = getnewargs(obj)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (_copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems,
                dictitems)
    return (_copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


# ---------------------------------------------------------------------------------------------
# Unpickling
# ---------------------------------------------------------------------------------------------
class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self._file_read
        dispatch = self._dispatch
        first = True
        try:
            while True:
                key = read(1)
                if not key:
                    if first:
                        raise EOFError("Ran out of input")
                    raise UnpicklingError("pickle data was truncated")
                first = False
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    # as Unpickler.find_class: Python 2 names mapped, the module taken from those imported
    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME:
                module, name = _NAME[(module, name)]
            elif module in _IMPORT:
                module = _IMPORT[module]
        if module == '_codecs' and name == 'encode':
            import codecs
            return codecs.encode
        if module == 'copyreg':
            mod = _copyreg
        else:
            mod = _sys.modules.get(module)
        if mod is None:
            raise NotImplementedError("unpickling needs module %r, which the program has not "
                                      "imported: import it first (the playground does not "
                                      "import by a computed name)" % module)
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self.read(8)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = int(data.decode('ascii').strip(), 0)
        self.append(val)

    def load_binint(self):
        self.append(_unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(_unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val.decode('ascii'), 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_long4(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_float(self):
        self.append(float(self.readline()[:-1].decode('ascii')))

    def load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = _unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))

    def load_unicode(self):
        raw = self.readline()[:-1]
        self.append(_raw_unicode_unescape(raw))

    def load_binunicode(self):
        n, = _unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8'))

    def load_binunicode8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        args = tuple(self.pop_mark())
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            value = cls(*args)
        else:
            value = cls.__new__(cls)
        self.append(value)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        key = _copyreg._inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = _copyreg._extension_cache.get(code)
        if obj is None:
            obj = self.find_class(*key)
            _copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self.read(1)[0])

    def load_ext2(self):
        self._load_ext(_unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._load_ext(_unpack('<i', self.read(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, i):
        if i not in self.memo:
            raise UnpicklingError("Memo value not found at index %d" % i)
        self.append(self.memo[i])

    def load_get(self):
        self._memo_get(int(self.readline()[:-1].decode('ascii')))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self.read(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1].decode('ascii'))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        self.memo[_unpack('<I', self.read(4))[0]] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self._pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    # as load_build: __setstate__, else the dict (and the slots) set on the instance
    def load_build(self):
        state = self._pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    def load_next_buffer(self):
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                              "argument was given")

    def load_readonly_buffer(self):
        pass

    _dispatch = {}


def _raw_unicode_unescape(raw):
    out = []
    i = 0
    n = len(raw)
    while i < n:
        b = raw[i]
        if b == 0x5c and i + 1 < n and raw[i + 1] in (0x75, 0x55):
            width = 4 if raw[i + 1] == 0x75 else 8
            out.append(chr(int(raw[i + 2:i + 2 + width].decode('ascii'), 16)))
            i += 2 + width
        else:
            out.append(chr(b))
            i += 1
    return ''.join(out)


Unpickler._dispatch = {
    MARK[0]: Unpickler.load_mark, STOP[0]: Unpickler.load_stop, POP[0]: Unpickler.load_pop,
    POP_MARK[0]: Unpickler.load_pop_mark, DUP[0]: Unpickler.load_dup,
    FLOAT[0]: Unpickler.load_float, INT[0]: Unpickler.load_int,
    BININT[0]: Unpickler.load_binint, BININT1[0]: Unpickler.load_binint1,
    LONG[0]: Unpickler.load_long, BININT2[0]: Unpickler.load_binint2,
    NONE[0]: Unpickler.load_none, PERSID[0]: Unpickler.load_persid,
    BINPERSID[0]: Unpickler.load_binpersid, REDUCE[0]: Unpickler.load_reduce,
    STRING[0]: Unpickler.load_string, BINSTRING[0]: Unpickler.load_binstring,
    SHORT_BINSTRING[0]: Unpickler.load_short_binstring, UNICODE[0]: Unpickler.load_unicode,
    BINUNICODE[0]: Unpickler.load_binunicode, APPEND[0]: Unpickler.load_append,
    BUILD[0]: Unpickler.load_build, GLOBAL[0]: Unpickler.load_global,
    DICT[0]: Unpickler.load_dict, EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
    APPENDS[0]: Unpickler.load_appends, GET[0]: Unpickler.load_get,
    BINGET[0]: Unpickler.load_binget, INST[0]: Unpickler.load_inst,
    LONG_BINGET[0]: Unpickler.load_long_binget, LIST[0]: Unpickler.load_list,
    EMPTY_LIST[0]: Unpickler.load_empty_list, OBJ[0]: Unpickler.load_obj,
    PUT[0]: Unpickler.load_put, BINPUT[0]: Unpickler.load_binput,
    LONG_BINPUT[0]: Unpickler.load_long_binput, SETITEM[0]: Unpickler.load_setitem,
    TUPLE[0]: Unpickler.load_tuple, EMPTY_TUPLE[0]: Unpickler.load_empty_tuple,
    SETITEMS[0]: Unpickler.load_setitems, BINFLOAT[0]: Unpickler.load_binfloat,
    PROTO[0]: Unpickler.load_proto, NEWOBJ[0]: Unpickler.load_newobj,
    EXT1[0]: Unpickler.load_ext1, EXT2[0]: Unpickler.load_ext2, EXT4[0]: Unpickler.load_ext4,
    TUPLE1[0]: Unpickler.load_tuple1, TUPLE2[0]: Unpickler.load_tuple2,
    TUPLE3[0]: Unpickler.load_tuple3, NEWTRUE[0]: Unpickler.load_true,
    NEWFALSE[0]: Unpickler.load_false, LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4, BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes,
    SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode,
    BINUNICODE8[0]: Unpickler.load_binunicode8, BINBYTES8[0]: Unpickler.load_binbytes8,
    EMPTY_SET[0]: Unpickler.load_empty_set, ADDITEMS[0]: Unpickler.load_additems,
    FROZENSET[0]: Unpickler.load_frozenset, NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    STACK_GLOBAL[0]: Unpickler.load_stack_global, MEMOIZE[0]: Unpickler.load_memoize,
    FRAME[0]: Unpickler.load_frame, BYTEARRAY8[0]: Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: Unpickler.load_next_buffer,
    READONLY_BUFFER[0]: Unpickler.load_readonly_buffer}


# ---------------------------------------------------------------------------------------------
# The shorthands
# ---------------------------------------------------------------------------------------------
def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()

"""codecs in Loopscope: lookup, encode/decode, incremental encoders and decoders, stream
readers and writers and codecs.open (over the simulated disk) for the codecs the playground's
str.encode / bytes.decode know (utf-8, ascii, latin-1) plus utf-8-sig and the classic
non-text ones (rot13, hex, base64), with their CPython 3.11 names and aliases. Other codecs
(utf-16, cp1252, ...) are unknown here: lookup raises LookupError as for a misspelt name."""
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ---------------------------------------------------------------------------------------------
# The base classes
# ---------------------------------------------------------------------------------------------
class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) with the codec's name and classes."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the input a decode could not use yet (an incomplete character)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads the whole stream at the first read and serves text from it."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            data = self.stream.read()
            self._text = self.decode(data, self.errors)[0]
            self._pos = 0
        return self._text

    def read(self, size=-1, chars=-1, firstline=False):
        text = self._load()
        n = chars if chars >= 0 else size
        if n is None or n < 0:
            part = text[self._pos:]
        else:
            part = text[self._pos:self._pos + n]
        self._pos += len(part)
        return part

    def readline(self, size=None, keepends=True):
        text = self._load()
        if self._pos >= len(text):
            return ""
        lines = text[self._pos:].splitlines(True)
        line = lines[0]
        if size is not None and size >= 0:
            line = line[:size]
        self._pos += len(line)
        return line if keepends else line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self._text = None

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream read through a StreamReader and written through a StreamWriter."""
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader._text = None

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("codecs.StreamRecoder is not supported in the playground")


# ---------------------------------------------------------------------------------------------
# The codecs
# ---------------------------------------------------------------------------------------------
def _text_input(name, input):
    if not isinstance(input, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(input).__name__))


def _bytes_input(input):
    if isinstance(input, (bytes, bytearray, memoryview)):
        return bytes(input)
    raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)


def _utf8_complete(data):
    # how many bytes of data end on a whole UTF-8 character (an incomplete last one waits)
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 \
            else 1
        return n - back if need > back else n
    return n


def _make_text_codec(canonical, name, fname):
    # encode/decode functions as _codecs.<fname>_encode / _decode
    def encode(input, errors='strict'):
        _text_input(fname + '_encode', input)
        return input.encode(canonical, errors or 'strict'), len(input)

    def decode(input, errors='strict', final=False):
        data = _bytes_input(input)
        end = len(data) if final or canonical != 'utf-8' else _utf8_complete(data)
        return data[:end].decode(canonical, errors or 'strict'), end

    encode.__name__ = fname + '_encode'
    decode.__name__ = fname + '_decode'

    def whole_decode(input, errors='strict'):
        return decode(input, errors, True)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(whole_decode)
    for cls, cname in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                       (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = cname
        cls.__module__ = 'encodings.' + fname
    return CodecInfo(name=name, encode=encode, decode=whole_decode,
                     incrementalencoder=IncEncoder, incrementaldecoder=IncDecoder,
                     streamreader=Reader, streamwriter=Writer), encode, decode


_utf_8, utf_8_encode, utf_8_decode = _make_text_codec('utf-8', 'utf-8', 'utf_8')
_latin_1, latin_1_encode, latin_1_decode = _make_text_codec('latin-1', 'iso8859-1', 'latin_1')
_ascii, ascii_encode, ascii_decode = _make_text_codec('ascii', 'ascii', 'ascii')


def _utf_8_sig():
    def encode(input, errors='strict'):
        return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict'):
        data = _bytes_input(input)
        prefix = 3 if data[:3] == BOM_UTF8 else 0
        text, consumed = utf_8_decode(data[prefix:], errors, True)
        return text, consumed + prefix

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            out = utf_8_encode(input, self.errors)[0]
            if self.first:
                self.first = 0
                return BOM_UTF8 + out
            return out

        def reset(self):
            self.first = 1

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return "", 0
                self.first = 0
                if input[:3] == BOM_UTF8:
                    text, consumed = utf_8_decode(input[3:], errors, final)
                    return text, consumed + 3
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(decode)
    return CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                     incrementalencoder=IncEncoder, incrementaldecoder=IncDecoder,
                     streamreader=Reader, streamwriter=Writer)


def _rot_13():
    table = {}
    for a, z in ((ord('a'), ord('z')), (ord('A'), ord('Z'))):
        for c in range(a, z + 1):
            table[c] = a + (c - a + 13) % 26

    def rot(input, errors='strict'):
        return str.translate(input, table), len(input)

    class IncCodec(IncrementalEncoder):
        def encode(self, input, final=False):
            return str.translate(input, table)

    class IncDec(IncrementalDecoder):
        def decode(self, input, final=False):
            return str.translate(input, table)

    return CodecInfo(name='rot-13', encode=rot, decode=rot, incrementalencoder=IncCodec,
                     incrementaldecoder=IncDec, _is_text_encoding=False)


def _binary_codec(name, to, back):
    def encode(input, errors='strict'):
        return to(input), len(input)

    def decode(input, errors='strict'):
        return back(input), len(input)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return to(input)

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return back(input)

    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=IncEncoder,
                     incrementaldecoder=IncDecoder, _is_text_encoding=False)


def _hex_codec():
    import binascii
    return _binary_codec('hex', binascii.b2a_hex, binascii.a2b_hex)


def _base64_codec():
    import base64
    return _binary_codec('base64', base64.encodebytes, base64.decodebytes)


_ALIASES = {}
for _names, _codec in (
        (('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'), 'utf_8'),
        (('latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1',
          'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1'), 'latin_1'),
        (('ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
          'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us',
          'us_ascii'), 'ascii'),
        (('utf_8_sig',), 'utf_8_sig'), (('rot13', 'rot_13'), 'rot_13'),
        (('hex', 'hex_codec'), 'hex_codec'), (('base64', 'base_64', 'base64_codec'),
                                              'base64_codec')):
    for _n in _names:
        _ALIASES[_n] = _codec

_BUILTIN = {'utf_8': lambda: _utf_8, 'latin_1': lambda: _latin_1, 'ascii': lambda: _ascii,
            'utf_8_sig': _utf_8_sig, 'rot_13': _rot_13, 'hex_codec': _hex_codec,
            'base64_codec': _base64_codec}
_cache = {}
_search_functions = []


# as encodings.normalize_encoding: runs of punctuation become one '_' ('.' stays)
def _normalize(name):
    out = []
    punct = False
    for c in name:
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out).lower()


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not " + type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    if key in _cache:
        return _cache[key]
    found = None
    name = _ALIASES.get(_normalize(encoding))
    if name is not None:
        found = _BUILTIN[name]()
    else:
        for search in _search_functions:
            found = search(key)
            if found is not None:
                if not isinstance(found, CodecInfo) and not (isinstance(found, tuple)
                                                             and len(found) == 4):
                    raise TypeError("codec search functions must return 4-tuples")
                break
    if found is None:
        raise LookupError("unknown encoding: " + encoding)
    _cache[key] = found
    return found


# as _PyErr_TrySetFromCause: a plain exception from a codec is raised again, its message
# saying which codec failed (Unicode errors, with their own fields, pass as they are)
def _wrapped(operation, encoding, e):
    if isinstance(e, UnicodeError) or len(e.args) > 1 or getattr(e, '__dict__', None):
        return e
    try:
        new = type(e)("%s with '%s' codec failed (%s: %s)"
                      % (operation, encoding, type(e).__name__, e))
    except Exception:
        return e
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    encoder = lookup(encoding).encode
    try:
        return encoder(obj, errors)[0]
    except Exception as e:
        wrapped = _wrapped('encoding', encoding, e)
        if wrapped is e:
            raise
        raise wrapped from e


def decode(obj, encoding='utf-8', errors='strict'):
    decoder = lookup(encoding).decode
    try:
        return decoder(obj, errors)[0]
    except Exception as e:
        wrapped = _wrapped('decoding', encoding, e)
        if wrapped is e:
            raise
        raise wrapped from e


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# as codecs.open: with an encoding the file is opened in binary and wrapped
def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not supported in the playground: use "
                              "codecs.open or open(..., encoding=...)")


# ---------------------------------------------------------------------------------------------
# Error handlers (the ones the playground's codecs use)
# ---------------------------------------------------------------------------------------------
def _check_exc(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, Exception):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    _check_exc(exc)
    part = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in part), exc.end)
    out = []
    for c in part:
        o = ord(c)
        out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000
                   else '\\U%08x' % o)
    return (''.join(out), exc.end)


def _no_handler(name):
    def handler(exc):
        raise NotImplementedError("the error handler '%s' is not available in the playground"
                                  % name)
    handler.__name__ = name + '_errors'
    return handler


xmlcharrefreplace_errors = _no_handler('xmlcharrefreplace')
namereplace_errors = _no_handler('namereplace')

_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
             'backslashreplace': backslashreplace_errors,
             'xmlcharrefreplace': xmlcharrefreplace_errors, 'namereplace': namereplace_errors}


def lookup_error(name):
    if name not in _handlers:
        raise LookupError("unknown error handler name '%s'" % name)
    return _handlers[name]


def register_error(name, error_handler):
    raise NotImplementedError("codecs.register_error is not supported in the playground: "
                              "str.encode and bytes.decode use their built-in handlers only")

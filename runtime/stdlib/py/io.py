"""io for the playground: in-memory streams (StringIO, BytesIO), a text layer over a binary
stream (TextIOWrapper: the basics), io.open (the built-in open(), over the simulated file
system) and io.UnsupportedOperation, behaving as CPython 3.11's."""
import builtins as _builtins

__all__ = ["BlockingIOError", "BufferedIOBase", "BytesIO", "DEFAULT_BUFFER_SIZE", "IOBase",
           "RawIOBase", "SEEK_CUR", "SEEK_END", "SEEK_SET", "StringIO", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "open", "open_code", "text_encoding"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
BlockingIOError = _builtins.BlockingIOError
open = _builtins.open


class UnsupportedOperation(OSError, ValueError):
    pass


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class IOBase:
    """What every stream has: closing, `with`, iteration over lines."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _size_of(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


_NEWLINES = (None, "", "\n", "\r", "\r\n")


class StringIO(TextIOBase):
    """A text stream in memory: a str that is read and written at a position."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " +
                            type(initial_value).__name__)
        self._closed = False
        self._newline = newline
        self._seen = set()
        self._text = ""
        self._tail = []  # what writes at the end added since _text was last joined
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._tail:
            self._text += "".join(self._tail)
            self._tail = []
        return self._text

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        kinds = [k for k in ("\r", "\n", "\r\n") if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def getvalue(self):
        self._check_open()
        return self._value()

    def read(self, size=-1):
        self._check_open()
        size = _size_of(size)
        text = self._value()
        end = len(text) if size < 0 else min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_open()
        size = _size_of(size)
        text = self._value()
        start = self._pos
        if start >= len(text):
            return ""
        if self._newline == "":
            end = len(text)
            for i in range(start, len(text)):
                if text[i] == "\n":
                    end = i + 1
                    break
                if text[i] == "\r":
                    end = i + 2 if text[i + 1:i + 2] == "\n" else i + 1
                    break
        else:
            nl = self._newline if self._newline in ("\r", "\r\n") else "\n"
            i = text.find(nl, start)
            end = len(text) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            bare = s.replace("\r\n", "")
            if len(bare) != len(s):
                self._seen.add("\r\n")
            if "\r" in bare:
                self._seen.add("\r")
            if "\n" in bare:
                self._seen.add("\n")
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return n
        if self._pos == self._len:
            self._tail.append(s)
        else:
            text = self._value()
            if self._pos > len(text):
                text += "\0" * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:  # (CPython says cur-relative for both)
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._len
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._text = self._value()[:size]
            self._len = size
        return size

    def detach(self):
        self._unsupported("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos)


StringIO.__module__ = "_io"


class BytesIO(BufferedIOBase):
    """A binary stream in memory: bytes that are read and written at a position."""

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buf = bytearray(_as_bytes(initial_bytes) if initial_bytes is not None else b"")
        self._pos = 0

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check_open()
        size = _size_of(size)
        end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = _size_of(size)
        start = self._pos
        if start >= len(self._buf):
            return b""
        i = self._buf.find(b"\n", start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def write(self, b):
        self._check_open()
        data = _as_bytes(b)
        if self._pos > len(self._buf):
            self._buf.extend(b"\0" * (self._pos - len(self._buf)))
        self._buf[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def detach(self):
        self._unsupported("detach")


BytesIO.__module__ = "_io"


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, memoryview):
        return b.tobytes()
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO, a file opened in binary mode): what is written is
    encoded into it, what is read is decoded from it."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %r" % (newline,))
        self._closed = False
        self.buffer = buffer
        self.encoding = "UTF-8" if encoding is None or encoding == "locale" else encoding
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ""  # decoded but not yet read

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def flush(self):
        self._check_open()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _fill(self):
        data = self.buffer.read()
        if data:
            text = data.decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._pending += text

    def read(self, size=-1):
        self._check_open()
        size = _size_of(size)
        self._fill()
        if size < 0:
            out, self._pending = self._pending, ""
        else:
            out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def readline(self, size=-1):
        self._check_open()
        size = _size_of(size)
        self._fill()
        nl = self._newline if self._newline in ("\r", "\r\n") else "\n"
        i = self._pending.find(nl)
        end = len(self._pending) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, size)
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        n = len(s)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        self._pending = ""
        self.buffer.write(s.encode(self.encoding, self.errors))
        return n

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self._pending = ""
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check_open()
        return self.buffer.tell() - len(self._pending.encode(self.encoding, self.errors))

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def __repr__(self):
        return "<_io.TextIOWrapper encoding=%r>" % (self.encoding,)


TextIOWrapper.__module__ = "_io"

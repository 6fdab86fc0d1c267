"""traceback: printing and formatting exceptions and the stack (CPython's traceback.py).

The text is what an uncaught exception prints (the interpreter's own formatter, _traceback);
this module cuts it into the pieces CPython's functions return. Frames of the runtime's own
modules show no source line. `limit` is accepted but not applied.
"""
import sys

from _traceback import _format, _line, _stack

__all__ = ['extract_stack', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'print_exc', 'print_exception', 'print_last',
           'print_stack', 'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack']

_sentinel = object()


# the pieces of a formatted traceback, as CPython's format_exception returns them: a
# "File" line with its source line and markers, the chaining paragraph, every other line alone
def _pieces(text):
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n':
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        if line.startswith('  File "'):
            # with its source line and the position markers under it
            j = i + 1
            while j < len(lines) and j < i + 3 and lines[j].startswith('    '):
                j += 1
            out.append(''.join(lines[i:j]))
            i = j
            continue
        out.append(line)
        i += 1
    return out


def _exception_of(exc, value):
    # the 3.10+ form f(exc) and the old form f(type, value, tb)
    if value is _sentinel:
        return exc
    return value


# as traceback.format_exception
def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _pieces(_format(exc))


# as traceback.format_exception_only
def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    line = name + ': ' + text if text else name
    out = [line + '\n']
    notes = getattr(exc, '__notes__', None)
    if notes:
        for note in notes:
            out.append(str(note) + '\n')
    return out


# as traceback.print_exception
def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end='')


# as traceback.format_exc: the exception being handled now
def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


# as traceback.print_exc
def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError('traceback.print_last is not available in the playground '
                              '(there is no interactive session)')


class FrameSummary:
    """One frame of a stack: file, line number, function name and source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.locals = locals
        if line is None:
            line = _line(filename, lineno) if lookup_line else ''
        self.line = line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary:
    """A list of FrameSummary, outermost first (a list subclass in CPython)."""

    def __init__(self, frames=()):
        self._frames = list(frames)

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def append(self, frame):
        self._frames.append(frame)

    def extend(self, frames):
        self._frames.extend(frames)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return StackSummary(self._frames[i])
        return self._frames[i]

    def __iter__(self):
        return iter(self._frames)

    def __len__(self):
        return len(self._frames)

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        return repr(self._frames)

    def format(self):
        out = []
        for f in self:
            piece = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                piece += '    {}\n'.format(f.line.strip())
            out.append(piece)
        return out


# the frames running now, outermost first, without this module's own
def _frames():
    frames = _stack()
    while frames and frames[-1][0] == 'traceback.py':
        frames.pop()
    return [FrameSummary(file, line, name, line=text) for file, line, name, text, mod in frames]


def extract_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError('traceback.extract_stack(f) is not available in the '
                                  'playground (frames cannot be inspected)')
    frames = _frames()
    if limit is not None:
        frames = frames[-limit:] if limit > 0 else []
    result = StackSummary()
    result.extend(frames)
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_stack(f, limit):
        print(piece, file=file, end='')


def walk_stack(f):
    raise NotImplementedError('traceback.walk_stack is not available in the playground '
                              '(frames cannot be inspected)')


class TracebackException:
    """An exception ready to format (the parts of CPython's class a program uses)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__notes__ = getattr(exc_value, '__notes__', None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return str(self._exc)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

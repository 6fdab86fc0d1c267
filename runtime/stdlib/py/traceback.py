"""traceback: printing and formatting exceptions and the stack (CPython's traceback.py).

The text is what an uncaught exception prints (the interpreter's own formatter, _traceback);
this module cuts it into the pieces CPython's functions return. Tracebacks and frames are the
interpreter's objects (e.__traceback__, tb_next, tb_frame, f_back). Frames of the runtime's own
modules show no source line.
"""
import sys

from _traceback import _format, _line, _stack, _tb_entries

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

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


# as traceback.format_exception: the old form's `tb` stands for the exception's own traceback
def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is _sentinel and tb is not _sentinel:
        raise ValueError('Both or neither of value and tb must be given')
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if limit is None:
        limit = _default_limit()
    if tb is _sentinel:
        return _pieces(_format(exc, limit, chain))
    return _pieces(_format(exc, limit, chain, tb))


# sys.tracebacklimit, when a program set it (a negative one shows no entries)
def _default_limit():
    limit = getattr(sys, 'tracebacklimit', None)
    if limit is not None and limit < 0:
        return 0
    return limit


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
    """One frame of a stack: file, line number, function name, source line and (for a traceback's
    entries) the positions of the failing expression, as 3.11's."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_markers')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._markers = ''
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _line(self.filename, self.lineno)
        return self._line.strip()

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


def _limited(items, limit):
    # items innermost-last; as StackSummary.extract's islice (positive) / deque (negative)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = _default_limit()
        frames = _limited(list(frame_gen), limit)
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

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

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line)
            row += frame_summary._markers
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    # as StackSummary.format: a run of more than three identical entries is cut short
    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


# the frames running now, outermost first, without this module's own
def _frames():
    frames = _stack()
    while frames and frames[-1][0] == 'traceback.py':
        frames.pop()
    return [FrameSummary(file, line, name, line=text) for file, line, name, text, mod in frames]


def walk_stack(f):
    """(frame, line) from `f` (the caller's caller when None) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line) of each entry of the traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_stack(f=None, limit=None):
    if f is not None:
        stack = StackSummary.extract(walk_stack(f), limit=limit)
        stack.reverse()
        return stack
    if limit is None:
        limit = _default_limit()
    frames = _frames()
    if limit is not None:
        frames = frames[-limit:] if limit > 0 else []
    return StackSummary(frames)


def extract_tb(tb, limit=None):
    if limit is None:
        limit = _default_limit()
    result = StackSummary()
    for (file, line, name, text, end_line, col, end_col, markers) in _limited(_tb_entries(tb),
                                                                               limit):
        summary = FrameSummary(file, line, name, line=text, end_lineno=end_line, colno=col,
                               end_colno=end_col)
        summary._markers = markers
        result.append(summary)
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_stack(f, limit):
        print(piece, file=file, end='')


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception ready to format (the parts of CPython's class a program uses: exc_type,
    stack, __cause__, __context__, format, format_exception_only, print)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.__cause__ = self.__context__ = None
        cause = getattr(exc_value, '__cause__', None)
        if cause is not None and id(cause) not in seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                limit=limit, _seen=seen)
        context = getattr(exc_value, '__context__', None)
        if context is not None and id(context) not in seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  limit=limit, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._exc)

    def format(self, *, chain=True, _ctx=None):
        return iter(format_exception(type(self._exc), self._exc, self._tb, limit=self._limit,
                                     chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')

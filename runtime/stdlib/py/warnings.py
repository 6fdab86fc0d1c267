"""warnings: warn(), the filters and catch_warnings (CPython's warnings.py).

A warning is shown as "file:line: Category: message" and the source line, on sys.stderr,
once per place under the default filters. The warnings the runtime itself issues (coroutine
'...' was never awaited) are shown by the interpreter and do not pass through these filters.
"""
import sys

from _traceback import _line, _stack

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex or None, lineno), first match wins
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
# per module: what was shown already ('version' drops it when the filters change)
_registries = {}
_version = [1]


def _filters_mutated():
    _version[0] += 1


# as warnings.formatwarning
def formatwarning(message, category, filename, lineno, line=None):
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


# as warnings.showwarning: a program may replace it
def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_category(category):
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass, not %r' % type(category).__name__)


def _add_filter(entry, append):
    if not append:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_mutated()


# as warnings.filterwarnings
def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter((action, message_re, category, module_re, lineno), append)


# as warnings.simplefilter
def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter((action, None, category, None, lineno), append)


# as warnings.resetwarnings
def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


# where the warning points: the frame `stacklevel` levels up from warn()'s caller
def _site(stacklevel):
    frames = _stack()
    while frames and frames[-1][0] == 'warnings.py':
        frames.pop()
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel > len(frames):
        return 'sys', 1, 'sys'
    filename, lineno, name, line, module = frames[-stacklevel]
    return filename, lineno, module


# as warnings.warn
def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    _check_category(category)
    filename, lineno, module = _site(stacklevel)
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


# as warnings.warn_explicit
def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _version[0]:
        registry.clear()
        registry['version'] = _version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}' %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


# as warnings.catch_warnings: the filters and showwarning are restored on exit
class catch_warnings:

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def keep(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))

            showwarning = keep
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning
